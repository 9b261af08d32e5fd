// Title: Mechanisms sharing an area of cooperation
// Question: Which mechanisms work in the same area (the ground for duplicated work), and are they linked to each other?
// Params: {area: 'cybercrime'}
MATCH (a:Area {id: $area})<-[:FOCUSES_ON]-(m:Mechanism)
OPTIONAL MATCH (m)-[l:LINKS_TO]-(other:Mechanism)-[:FOCUSES_ON]->(a)
RETURN a, m, l, other;
