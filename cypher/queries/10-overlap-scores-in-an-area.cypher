// Title: Overlap scores of mechanisms sharing an area
// Question: Which pairs of mechanisms working in one area duplicate each other most (score = weighted Jaccard over areas 0.5, roles 0.3, partners 0.2, facets with no data left out), does a source record the overlap, and does any link or common parent body coordinate them? Same ranking as GET /api/analysis/overlaps?area=...
// Params: {area: 'cybercrime'}
MATCH (a:Mechanism)-[:FOCUSES_ON]->(:Area {id: $area})<-[:FOCUSES_ON]-(b:Mechanism)
WHERE a.id < b.id
WITH DISTINCT a, b
WHERE NOT EXISTS { (a)-[:RENAMED_TO]-(b) }
  AND coalesce(a.established, 0) <= coalesce(b.ended, 9999) AND coalesce(b.established, 0) <= coalesce(a.ended, 9999)
WITH a, b,
     COLLECT { MATCH (a)-[:FOCUSES_ON]->(x:Area) RETURN DISTINCT x.id } AS aAreas,
     COLLECT { MATCH (b)-[:FOCUSES_ON]->(x:Area) RETURN DISTINCT x.id } AS bAreas,
     COLLECT { MATCH (a)-[:PERFORMS]->(x:ResponseRole) RETURN DISTINCT x.id } AS aRoles,
     COLLECT { MATCH (b)-[:PERFORMS]->(x:ResponseRole) RETURN DISTINCT x.id } AS bRoles,
     COLLECT { MATCH (a)-[r]-(x:Partner) WHERE r.kind IS NULL OR r.kind <> 'overlaps' RETURN DISTINCT x.id } AS aPartners,
     COLLECT { MATCH (b)-[r]-(x:Partner) WHERE r.kind IS NULL OR r.kind <> 'overlaps' RETURN DISTINCT x.id } AS bPartners
WITH a, b, aAreas, bAreas, aRoles, bRoles, aPartners, bPartners,
     [x IN aAreas WHERE x IN bAreas] AS sharedAreas,
     [x IN aRoles WHERE x IN bRoles] AS sharedRoles,
     [x IN aPartners WHERE x IN bPartners] AS sharedPartners
WITH a, b, sharedAreas, sharedRoles, sharedPartners,
     [facet IN [[0.5, size(sharedAreas), size(aAreas) + size(bAreas) - size(sharedAreas)],
                [0.3, size(sharedRoles), size(aRoles) + size(bRoles) - size(sharedRoles)],
                [0.2, size(sharedPartners), size(aPartners) + size(bPartners) - size(sharedPartners)]]
      WHERE facet[2] > 0 | [facet[0], toFloat(facet[1]) / facet[2]]] AS facets
WITH a, b, sharedAreas, sharedRoles, sharedPartners,
     reduce(s = 0.0, f IN facets | s + f[0] * f[1]) / reduce(w = 0.0, f IN facets | w + f[0]) AS score,
     COLLECT { MATCH (a)-[o:LINKS_TO {kind: 'overlaps'}]-(b) RETURN o.source + ': ' + o.locator } AS attestedBy,
     COLLECT { MATCH (a)-[l:LINKS_TO|PART_OF|REPORTS_TO]-(b) WHERE l.kind IS NULL OR l.kind <> 'overlaps' RETURN type(l) + coalesce(' ' + l.kind, '') } AS links,
     COLLECT { MATCH (a)-[:PART_OF|REPORTS_TO|RENAMED_TO]->*(p:Mechanism)<-[:PART_OF|REPORTS_TO|RENAMED_TO]-*(b) RETURN DISTINCT p.caption } AS commonParents
RETURN a.caption AS mechanism, b.caption AS other, round(score, 3) AS score, sharedAreas, sharedRoles, sharedPartners,
       size(attestedBy) > 0 AS attested, attestedBy, links, commonParents,
       size(links) > 0 OR size(commonParents) > 0 AS coordinated
ORDER BY attested DESC, coordinated ASC, score DESC, size(sharedAreas) + size(sharedRoles) + size(sharedPartners) DESC, a.id, b.id;
