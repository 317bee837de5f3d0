// Package cypher holds every Cypher statement the repository runs against
// Neo4j, as named constants or small builders, and the one helper that quotes
// names into query text.
//
// Rules every statement here follows:
//   - Values always travel as $parameters, never spliced into the text.
//   - Labels, relationship types and property keys are either passed as
//     parameters through Neo4j 5.26 dynamic expressions (SET n:$(list),
//     MERGE ()-[r:$(type)]->()) or written into the text by Quote, which
//     accepts only plain identifiers. Callers pass only names the type
//     system has validated.
//
// Each statement's comment lists its parameters and returned columns. This
// package never opens a connection: package graph runs the statements.
package cypher
