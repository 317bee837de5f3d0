package cypher

// ExplainPrefix is the text Explain puts before a query. Neo4j counts it in
// the line, column and offset of a syntax error found in the explained query.
const ExplainPrefix = "EXPLAIN "

// Explain returns query prefixed with EXPLAIN, so that Neo4j plans the query
// and reports its statement type and operators without running it.
//
// NOTE: this is the only place where text from a caller becomes Cypher text,
// an exception to the parameter rule of this package. Analyst queries are
// passed through verbatim by design, and package graph checks the plan
// before it runs one. Analysts should still send their values as
// $parameters rather than write them into the query.
func Explain(query string) string {
	return ExplainPrefix + query
}
