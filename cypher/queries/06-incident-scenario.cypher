// Title: Who links to whom in an incident scenario
// Question: For a scenario, which roles does it activate, who performs them, and how are those actors linked to each other?
// Params: {scenario: 'cii-attack'}
MATCH (s:Scenario {id: $scenario})-[:ACTIVATES]->(role:ResponseRole)<-[p:PERFORMS]-(actor)
WITH s, collect(DISTINCT actor) AS actors, collect(p) AS performs, collect(DISTINCT role) AS roles
MATCH (s)-[:AFFECTS]->(state:MemberState)
OPTIONAL MATCH (x)-[l:LINKS_TO|PART_OF|REPORTS_TO]->(y) WHERE x IN actors AND y IN actors
RETURN s, state, actors, roles, performs, collect(l) AS links;
