// Title: Response roles covered by one mechanism or none
// Question: Which roles an incident needs does no mechanism perform, or only one (so its failure leaves nobody), and which partners perform them instead? Same as the roles of GET /api/analysis/gaps.
// Params: {atMost: 1}
MATCH (role:ResponseRole)
WITH role,
     COLLECT { MATCH (m:Mechanism)-[:PERFORMS]->(role) RETURN DISTINCT m.caption } AS mechanisms,
     COLLECT { MATCH (p:Partner)-[:PERFORMS]->(role) RETURN DISTINCT p.caption } AS partners
WHERE size(mechanisms) <= $atMost
RETURN role.phase AS phase, role.name AS responseRole, size(mechanisms) AS mechanismCount, mechanisms, partners
ORDER BY CASE role.phase WHEN 'prepare' THEN 0 WHEN 'detect' THEN 1 WHEN 'respond' THEN 2 ELSE 3 END, role.id;
