// Package handlers serves Egeria's OMRS repository services REST API with
// Echo, so that Egeria's Java REST repository connector can call this
// repository as it calls any cohort member.
//
// Every OMRS operation lives under one URL shape:
//
//	/servers/{serverName}/open-metadata/repository-services/users/{userId}/<operation path>
//
// for example POST .../users/{userId}/instances/entity/{guid}. routes.go
// lists every operation path with its HTTP methods and response class,
// including the GET forms and the operations that Egeria clients built
// before 2026 still send. Operations without an implementation return
// FunctionNotSupportedException.
//
// Error rule: operations return errors, and Server.handleError alone turns
// them into responses. An operation's error is written with HTTP 200 and a
// body of the operation's response class. The body carries relatedHTTPCode,
// exceptionClassName (the concrete Java exception class, also repeated in
// exceptionSubclassName), the message with its id and parameters, and, for
// InvalidParameterException and its subclasses,
// exceptionProperties.parameterName. The Java client reads errors only from that body and treats
// any other HTTP status as a transport failure. A *typesystem.Error chooses
// the exception class through its Kind; any other error becomes
// RepositoryErrorException with a generic message, and its cause is logged.
// Only requests that match no route (HTTP 404) or use the wrong method (405)
// get a non-200 status, with a JSON body that has no response class.
//
// One route is not an OMRS operation: POST /servers/{serverName}/cypher/users/{userId}
// runs read-only Cypher for analysts (analyst.go). It answers with plain JSON
// and real HTTP status codes (400 for a rejected query, 503 for a timeout).
//
// The package binds and checks requests, calls one Repository method and
// writes the response. It never runs Cypher or uses Neo4j driver types, and
// it leaves every repository rule to the Repository implementation.
package handlers
