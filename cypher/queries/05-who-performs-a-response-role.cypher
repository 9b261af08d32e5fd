// Title: Who performs each response role in an incident phase
// Question: During one phase of a cyber incident (prepare, detect, respond, recover), which actors perform which role?
// Params: {phase: 'respond'}
MATCH (actor)-[r:PERFORMS]->(role:ResponseRole {phase: $phase})
RETURN actor, r, role;
