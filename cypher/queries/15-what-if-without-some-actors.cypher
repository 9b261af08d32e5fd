// Title: What if some actors were gone
// Question: How does the shortest path between two actors (a member state and a mechanism, say) change when some actors are removed? GET /api/analysis/what-if?remove=... runs this for every member state and key mechanism.
// Params: {remove: ['asean-certs'], from: 'brunei', to: 'tsubame'}
MATCH (a:Mechanism|Partner {id: $from}), (b:Mechanism|Partner {id: $to})
OPTIONAL MATCH before = SHORTEST 1 (a) (()-[r]-(:Mechanism|Partner) WHERE r.kind IS NULL OR r.kind <> 'overlaps')+ (b)
OPTIONAL MATCH after = SHORTEST 1 (a) (()-[r2]-(n:Mechanism|Partner) WHERE NOT n.id IN $remove AND (r2.kind IS NULL OR r2.kind <> 'overlaps'))+ (b)
RETURN length(before) AS hopsBefore, [n IN nodes(before) | n.caption] AS pathBefore,
       length(after) AS hopsAfter, [n IN nodes(after) | n.caption] AS pathAfter;
