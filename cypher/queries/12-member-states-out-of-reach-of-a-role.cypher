// Title: Member states out of reach of a response role
// Question: How many ties separate each member state from the nearest actor performing a role, and which states have no path within maxDepth ties? Same as GET /api/analysis/gaps?role=...&maxDepth=...
// Params: {role: 'incident-response-coordination', maxDepth: 2}
MATCH (role:ResponseRole {id: $role}), (state:MemberState)
OPTIONAL MATCH p = SHORTEST 1 (state) (()-[r]-(:Mechanism|Partner) WHERE r.kind IS NULL OR r.kind <> 'overlaps'){0,6} (:Mechanism|Partner)-[:PERFORMS]->(role)
WITH state, p, CASE WHEN p IS NOT NULL AND length(p) - 1 <= $maxDepth THEN length(p) - 1 END AS hops
RETURN state.caption AS memberState, hops, CASE WHEN hops IS NOT NULL THEN [n IN nodes(p) | n.caption] END AS path
ORDER BY hops IS NULL DESC, hops, memberState;
