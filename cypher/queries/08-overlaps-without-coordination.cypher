// Title: Overlapping mechanisms with no coordination link
// Question: Which pairs of mechanisms share areas of cooperation but have no recorded link between them (the duplication risk the source paper names)?
// Params: {minShared: 2}
MATCH (a:Mechanism)-[:FOCUSES_ON]->(area:Area)<-[:FOCUSES_ON]-(b:Mechanism)
WHERE a.id < b.id
WITH a, b, collect(area.name) AS shared
WHERE size(shared) >= $minShared AND NOT EXISTS { (a)-[:LINKS_TO {kind: 'coordinates'}]-(b) }
RETURN a.caption AS mechanism, b.caption AS other, shared, EXISTS { (a)-[:LINKS_TO]-(b) } AS anyLink
ORDER BY size(shared) DESC, mechanism, other;
