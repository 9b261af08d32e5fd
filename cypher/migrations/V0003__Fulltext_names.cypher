// Search over names, acronyms and aliases (GET /api/search, and the Browser guide).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Mechanism|Partner|Pillar|ResponseRole|Area)
ON EACH [n.name, n.acronym, n.aliases];
