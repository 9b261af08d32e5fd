// Title: Disputed facts
// Question: Where do the sources disagree (years, memberships), and what does each side claim?
// Params: {}
MATCH (a)-[r {disputed: true}]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, r.since AS since, r.until AS until, r.source AS source, r.conflictNote AS conflict
UNION ALL
MATCH (n:Entity {disputed: true})
RETURN n.id AS from, 'node' AS type, n.conflictFields AS to, n.established AS since, n.conflictValues AS until, n.source AS source, n.conflictNotes AS conflict;
