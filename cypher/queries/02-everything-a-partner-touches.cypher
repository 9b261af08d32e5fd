// Title: Everything one partner touches
// Question: Which mechanisms does a partner take part in, propose, host, fund or chair, and which mechanisms engage it (with the years)?
// Params: {partner: 'japan'}
MATCH (p:Partner {id: $partner})-[r]-(m:Mechanism)
RETURN p, r, m;
