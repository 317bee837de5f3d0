// Package typesystem holds the Open Metadata Repository Services (OMRS) data
// model shared by every layer of the server.
//
// It owns:
//
//   - the OMRS beans (instances, property values, type definitions, search
//     criteria, REST requests and responses). Their JSON matches what
//     Egeria's Java beans write and read through Jackson. Polymorphic beans
//     write "class" first, nulls and empty collections are omitted, Java
//     primitives are always written, dates are epoch milliseconds, and
//     primitive property values keep their exact value;
//   - the Error type and its Kind, one per OMRS exception class, which every
//     layer returns and the REST layer turns into an exception body;
//   - the reader for Egeria open metadata archives (.omarchive files);
//   - the Registry of TypeDefs and AttributeTypeDefs with type hierarchy
//     queries, TypeDef patches and instance validation against the types.
//
// The package never touches Neo4j, Cypher or HTTP. It performs no I/O apart
// from ReadArchiveFile, which reads a local file.
//
// Decoding is lenient in the ways Egeria peers need: "class" may be missing
// (the bean's category field is used instead), unknown fields are ignored and
// dates may be ISO-8601 strings. Unknown enum names are rejected with an error
// that names the JSON field and the value.
package typesystem
