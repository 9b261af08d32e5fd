// Lookups the read API and the path filters make often.
CREATE INDEX mechanism_established IF NOT EXISTS FOR (n:Mechanism) ON (n.established);
CREATE INDEX mechanism_status IF NOT EXISTS FOR (n:Mechanism) ON (n.status);
CREATE INDEX response_role_phase IF NOT EXISTS FOR (n:ResponseRole) ON (n.phase);
CREATE INDEX links_to_kind IF NOT EXISTS FOR ()-[r:LINKS_TO]-() ON (r.kind);
