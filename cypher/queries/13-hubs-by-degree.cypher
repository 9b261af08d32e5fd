// Title: Hubs: the actors tied to the most others
// Question: Which mechanisms and partners are tied to the most other actors (degree, as GET /api/analysis/hubs?by=degree ranks them)? Betweenness and closeness are computed by the API with JGraphT.
// Params: {limit: 10}
MATCH (n:Mechanism|Partner)
WITH n, COLLECT { MATCH (n)-[r]-(o:Mechanism|Partner) WHERE o <> n AND (r.kind IS NULL OR r.kind <> 'overlaps') RETURN DISTINCT o.id } AS neighbours
RETURN n.caption AS actor, [l IN labels(n) WHERE l <> 'Entity'] AS labels, size(neighbours) AS degree
ORDER BY degree DESC, n.id
LIMIT $limit;
