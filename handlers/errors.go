package handlers

import (
	"fmt"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// unknownServerMessageID is the message id Egeria's multi-tenant platform
// reports for a server name it does not host. The Java client recognises an
// InvalidParameterException about "serverName" and raises it to its caller
// as RepositoryErrorException.
const unknownServerMessageID = "OMAG-MULTI-TENANT-404-001"

// unknownServerError reports a {serverName} path value that this server does
// not serve. It is written with relatedHTTPCode 404 and the server name in
// exceptionProperties, as Egeria's platform writes it.
type unknownServerError struct {
	err        *typesystem.Error
	serverName string
}

func (e *unknownServerError) Error() string { return e.err.Error() }

// Unwrap exposes the typesystem.Error, so typesystem.KindOf finds its kind.
func (e *unknownServerError) Unwrap() error { return e.err }

func unknownServer(requested, served string) error {
	err := typesystem.NewError(typesystem.KindInvalidParameter, "serverName",
		"Server %s is not served here; this platform serves only server %s", requested, served)
	err.MessageID = unknownServerMessageID
	err.UserAction = "Correct the server name in the endpoint address of the repository connection."
	return &unknownServerError{err: err, serverName: requested}
}

func emptyUserID(op string) error {
	err := typesystem.NewError(typesystem.KindInvalidParameter, "userId",
		"The userId path value of %s is empty", op)
	err.UserAction = "Send the calling user's id in the users/{userId} segment of the URL."
	return err
}

func badPathValue(name, raw string, cause error) error {
	return typesystem.WrapError(typesystem.KindInvalidParameter, cause, name,
		"The %s path value %q is not valid percent-encoding", name, raw)
}

func unreadableBody(cause error) error {
	return typesystem.WrapError(typesystem.KindInvalidParameter, cause, "requestBody",
		"The request body could not be read: %s", cause)
}

func bodyTooLarge(limit int64) error {
	err := typesystem.NewError(typesystem.KindInvalidParameter, "requestBody",
		"The request body is larger than the limit of %d bytes", limit)
	err.UserAction = "Send a smaller request, for example fewer instances per call."
	return err
}

func missingBody(op, requestClass string) error {
	err := typesystem.NewError(typesystem.KindInvalidParameter, "requestBody",
		"Operation %s requires a request body of class %s, but the body is empty", op, requestClass)
	err.UserAction = "Send a JSON object of class " + requestClass + " as the request body."
	return err
}

func malformedBody(op, requestClass string, cause error) error {
	err := typesystem.WrapError(typesystem.KindInvalidParameter, cause, "requestBody",
		"The request body of %s is not a valid %s: %s", op, requestClass, cause)
	err.UserAction = "Send a JSON object of class " + requestClass + " as the request body."
	return err
}

func missingField(op, requestClass, field string) error {
	err := typesystem.NewError(typesystem.KindInvalidParameter, field,
		"The %s of %s has no %s", requestClass, op, field)
	err.UserAction = fmt.Sprintf("Set %s in the %s request body.", field, requestClass)
	return err
}

// missingEitherField reports a request body that has neither of two
// members when one of them is required.
func missingEitherField(op, requestClass, first, second string) error {
	err := typesystem.NewError(typesystem.KindInvalidParameter, first,
		"The %s of %s has neither %s nor %s", requestClass, op, first, second)
	err.UserAction = fmt.Sprintf("Set %s or %s in the %s request body.", first, second, requestClass)
	return err
}

func nullListElement(op, requestClass, field string, index int) error {
	err := typesystem.NewError(typesystem.KindInvalidParameter, field,
		"Element %d of %s in the %s of %s is null", index, field, requestClass, op)
	err.UserAction = fmt.Sprintf("Remove the null elements from %s.", field)
	return err
}

// statusParameter is the parameter name Egeria reports for the new status
// of updateEntityStatus and updateRelationshipStatus.
const statusParameter = "newStatus"

const statusUserAction = `Send the status name as a JSON string, such as "ACTIVE", or as an InstanceStatusRequest object.`

func missingStatus(op string) error {
	err := typesystem.NewError(typesystem.KindInvalidParameter, statusParameter,
		"Operation %s requires the new instance status as the request body, but none was sent", op)
	err.UserAction = statusUserAction
	return err
}

func malformedStatus(op string, cause error) error {
	err := typesystem.WrapError(typesystem.KindInvalidParameter, cause, statusParameter,
		"The request body of %s is not an instance status: %s", op, cause)
	err.UserAction = statusUserAction
	return err
}

func missingQuery(op, name string) error {
	err := typesystem.NewError(typesystem.KindInvalidParameter, name,
		"Operation %s requires the query parameter %s, but it is missing or empty", op, name)
	err.UserAction = fmt.Sprintf("Add ?%s=<value> to the URL.", name)
	return err
}

func badQuery(op, name, value, expected string) error {
	err := typesystem.NewError(typesystem.KindInvalidParameter, name,
		"The query parameter %s of %s has the value %q, but it must be %s", name, op, value, expected)
	err.UserAction = fmt.Sprintf("Send %s as %s.", name, expected)
	return err
}

func notSupported(op, serverName string) error {
	return typesystem.NewError(typesystem.KindFunctionNotSupported, "",
		"Operation %s is not supported by repository server %s", op, serverName)
}

func typeDefNotKnown(field, value, serverName string) error {
	return typesystem.NewError(typesystem.KindTypeDefNotKnown, field,
		"No TypeDef with %s %s is known to repository server %s", field, value, serverName)
}

func attributeTypeDefNotKnown(field, value, serverName string) error {
	return typesystem.NewError(typesystem.KindTypeDefNotKnown, field,
		"No AttributeTypeDef with %s %s is known to repository server %s", field, value, serverName)
}

// routeNotFound reports a path that matches no operation. Echo raises it
// before any operation runs, so no response class is known.
func routeNotFound(method, path string) *typesystem.Error {
	err := typesystem.NewError(typesystem.KindInvalidParameter, "path",
		"No OMRS operation matches %s %s", method, path)
	err.UserAction = "Check the URL against the OMRS repository services API: " +
		"/servers/{serverName}/open-metadata/repository-services/users/{userId}/<operation path>."
	return err
}

func methodNotAllowed(method, path string) *typesystem.Error {
	err := typesystem.NewError(typesystem.KindInvalidParameter, "method",
		"The path %s does not accept HTTP method %s", path, method)
	err.UserAction = "Send the request with POST; GET is accepted only on the read paths older Egeria clients use."
	return err
}
