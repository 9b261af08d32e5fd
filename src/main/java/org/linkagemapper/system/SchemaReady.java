package org.linkagemapper.system;

/** A marker bean: once it exists, every schema migration has been applied. */
public record SchemaReady(String version) {}
