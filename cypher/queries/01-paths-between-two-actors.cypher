// Title: Paths between two actors
// Question: Through which mechanisms and partners does one actor reach another, and how short is the shortest route?
// Params: {from: 'japan', to: 'asean-certs'}
MATCH p = SHORTEST 3 (a:Entity {id: $from})-[:UNDER_PILLAR|PART_OF|REPORTS_TO|RENAMED_TO|ENGAGES|PARTICIPATES_IN|PROPOSED|HOSTS|FUNDS|CHAIRS|LINKS_TO|PERFORMS|FOCUSES_ON]-{1,6}(b:Entity {id: $to})
RETURN p;
