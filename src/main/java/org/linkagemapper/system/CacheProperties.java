package org.linkagemapper.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The answer cache: on or off ({@code LINKAGE_CACHE}), its bounds, and how often an external server
 * is asked whether other clients wrote.
 */
@ConfigurationProperties("linkage.cache")
public record CacheProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("10000") long maxEntries,
    @DefaultValue("64MB") DataSize maxBytes,
    @DefaultValue("1s") Duration probeInterval) {}
