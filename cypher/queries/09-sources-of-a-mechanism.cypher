// Title: The sources behind one mechanism
// Question: Which documents, footnotes and sentences does every fact about a mechanism rest on?
// Params: {id: 'telmin'}
MATCH (m:Entity {id: $id})-[r]-(other:Entity)
OPTIONAL MATCH (s:Source {id: r.source})
RETURN type(r) AS fact, other.caption AS with, r.since AS since, s.title AS source, r.locator AS locator
ORDER BY fact, with;
