// Title: Who is cut off without one actor
// Question: If one actor (an articulation point of GET /api/analysis/critical) is gone, which actors can no longer reach the anchor (an actor in the main body of the graph)?
// Params: {cut: 'ammdm', anchor: 'telmin'}
MATCH (cut:Mechanism|Partner {id: $cut}), (anchor:Mechanism|Partner {id: $anchor})
MATCH (x:Mechanism|Partner) WHERE x <> cut AND x <> anchor
OPTIONAL MATCH withCut = SHORTEST 1 (anchor) (()-[r]-(:Mechanism|Partner) WHERE r.kind IS NULL OR r.kind <> 'overlaps')+ (x)
WITH cut, anchor, x WHERE withCut IS NOT NULL
OPTIONAL MATCH withoutCut = SHORTEST 1 (anchor) (()-[r2]-(n:Mechanism|Partner) WHERE n <> cut AND (r2.kind IS NULL OR r2.kind <> 'overlaps'))+ (x)
WITH cut, collect(CASE WHEN withoutCut IS NULL THEN x END) AS cutOff
UNWIND cutOff AS x
OPTIONAL MATCH (x)-[tie]-(y) WHERE y = cut OR y IN cutOff
RETURN cut, x, tie;
