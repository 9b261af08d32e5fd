// Title: Overlapping mechanisms with no coordination link
// Question: Which pairs of mechanisms share areas of cooperation but have no working link between them (LINKS_TO other than 'overlaps', PART_OF, REPORTS_TO): the duplication risk the source paper names?
// Params: {minShared: 2}
MATCH (a:Mechanism)-[:FOCUSES_ON]->(area:Area)<-[:FOCUSES_ON]-(b:Mechanism)
WHERE a.id < b.id
WITH a, b, collect(area.name) AS shared
WHERE size(shared) >= $minShared
  AND NOT EXISTS { MATCH (a)-[l:LINKS_TO|PART_OF|REPORTS_TO]-(b) WHERE type(l) <> 'LINKS_TO' OR l.kind <> 'overlaps' }
RETURN a.caption AS mechanism, b.caption AS other, shared,
       EXISTS { MATCH (a)-[:LINKS_TO {kind: 'overlaps'}]-(b) } AS overlapRecorded
ORDER BY overlapRecorded DESC, size(shared) DESC, mechanism, other;
