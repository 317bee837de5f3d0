// Package queries compiles OMRS search requests (type, status and property
// filters, ordering, paging) into Cypher statements with their parameters.
//
// A compiled Statement is plain text plus a parameter map: every value from
// a request travels as a parameter, and names in the text come only from
// cypher.Quote. Compilation needs no database, so it is tested against the
// exact text and parameters. Request validation (unknown types, negative
// page sizes) happens before compilation, in package graph.
package queries
