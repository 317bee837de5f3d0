package typesystem

import (
	"errors"
	"fmt"
)

// Kind is the OMRS exception class of an error. The REST layer reports an
// error as the exception class of its Kind. New kinds are only ever added at
// the end so that stored or logged values keep their meaning.
type Kind int

// Kind constants, one per OMRS exception class. The zero value is
// KindRepositoryError, the class every unclassified failure is reported as.
const (
	KindRepositoryError Kind = iota
	KindInvalidParameter
	KindUserNotAuthorized
	KindFunctionNotSupported
	KindTypeDefNotKnown
	KindTypeDefKnown
	KindTypeDefConflict
	KindInvalidTypeDef
	KindTypeDefNotSupported
	KindTypeDefInUse
	KindPatchError
	KindEntityNotKnown
	KindEntityProxyOnly
	KindEntityNotDeleted
	KindRelationshipNotKnown
	KindRelationshipNotDeleted
	KindTypeError
	KindPropertyError
	KindPagingError
	KindClassificationError
	KindStatusNotSupported
	KindHomeEntity
	KindHomeRelationship
	KindEntityConflict
	KindRelationshipConflict
	KindInvalidEntity
	KindInvalidRelationship
	KindRepositoryTimeout
)

// Java packages of the OMRS exception classes. Egeria moved
// InvalidParameterException and UserNotAuthorizedException to the frameworks
// package in December 2025; peers built before that expect the repository
// services package for them too.
const (
	repositoryExceptionPackage = "org.odpi.openmetadata.repositoryservices.ffdc.exception."
	frameworkExceptionPackage  = "org.odpi.openmetadata.frameworks.openmetadata.ffdc."
)

// Default exceptionProperties.parameterName values, as Egeria reports them.
const (
	typeDefClassName            = "org.odpi.openmetadata.repositoryservices.connectors.stores.metadatacollectionstore.properties.typedefs.TypeDef"
	typeDefPatchClassName       = "org.odpi.openmetadata.repositoryservices.connectors.stores.metadatacollectionstore.properties.typedefs.TypeDefPatch"
	instancePropertiesClassName = "org.odpi.openmetadata.repositoryservices.connectors.stores.metadatacollectionstore.properties.instances.InstanceProperties"
	instanceStatusClassName     = "org.odpi.openmetadata.repositoryservices.connectors.stores.metadatacollectionstore.properties.instances.InstanceStatus"
	classificationClassName     = "org.odpi.openmetadata.repositoryservices.connectors.stores.metadatacollectionstore.properties.instances.Classification"
)

// kindInfo is the fixed description of one Kind.
type kindInfo struct {
	class        string // simple Java class name
	httpCode     int    // relatedHTTPCode
	messageID    string // stable message id for errors built with NewError
	parameter    string // default parameterName for the InvalidParameterException family
	paramFamily  bool   // the Java class extends InvalidParameterException
	systemAction string
	userAction   string
}

const rejected = "The request was rejected and the repository is unchanged."

var kinds = map[Kind]kindInfo{
	KindRepositoryError:        {"RepositoryErrorException", 500, "OMRS-NEO4J-500-001", "", false, "The repository could not complete the request.", "Check the server log for the cause, then retry the request."},
	KindInvalidParameter:       {"InvalidParameterException", 400, "OMRS-NEO4J-400-001", "", true, rejected, "Correct the named parameter and retry the request."},
	KindUserNotAuthorized:      {"UserNotAuthorizedException", 403, "OMRS-NEO4J-403-001", "", false, rejected, "Ask the repository administrator for access."},
	KindFunctionNotSupported:   {"FunctionNotSupportedException", 501, "OMRS-NEO4J-501-001", "", false, "The repository does not support this function.", "Use a repository that supports the function, or avoid the call."},
	KindTypeDefNotKnown:        {"TypeDefNotKnownException", 404, "OMRS-NEO4J-404-001", typeDefClassName, true, rejected, "Check the type GUID or name, or add the type first."},
	KindTypeDefKnown:           {"TypeDefKnownException", 400, "OMRS-NEO4J-400-002", "", false, rejected, "The type is already defined; no action is needed."},
	KindTypeDefConflict:        {"TypeDefConflictException", 400, "OMRS-NEO4J-400-003", "", false, rejected, "Use a different GUID and name for the new type, or send the stored definition."},
	KindInvalidTypeDef:         {"InvalidTypeDefException", 400, "OMRS-NEO4J-400-004", typeDefClassName, true, rejected, "Correct the type definition and retry the request."},
	KindTypeDefNotSupported:    {"TypeDefNotSupportedException", 400, "OMRS-NEO4J-400-005", "", false, rejected, "Use a type that this repository can store."},
	KindTypeDefInUse:           {"TypeDefInUseException", 400, "OMRS-NEO4J-400-006", "", false, rejected, "Purge the instances and types that use the type before deleting it."},
	KindPatchError:             {"PatchErrorException", 400, "OMRS-NEO4J-400-007", typeDefPatchClassName, true, rejected, "Correct the patch and retry the request."},
	KindEntityNotKnown:         {"EntityNotKnownException", 404, "OMRS-NEO4J-404-002", "guid", true, rejected, "Check the entity GUID."},
	KindEntityProxyOnly:        {"EntityProxyOnlyException", 400, "OMRS-NEO4J-400-008", "guid", true, rejected, "Retrieve the full entity from its home repository."},
	KindEntityNotDeleted:       {"EntityNotDeletedException", 400, "OMRS-NEO4J-400-009", "", false, rejected, "Soft-delete the entity before purging or restoring it."},
	KindRelationshipNotKnown:   {"RelationshipNotKnownException", 404, "OMRS-NEO4J-404-003", "guid", true, rejected, "Check the relationship GUID."},
	KindRelationshipNotDeleted: {"RelationshipNotDeletedException", 400, "OMRS-NEO4J-400-010", "", false, rejected, "Soft-delete the relationship before purging or restoring it."},
	KindTypeError:              {"TypeErrorException", 400, "OMRS-NEO4J-400-011", typeDefClassName, true, rejected, "Use a known type of the category the request expects."},
	KindPropertyError:          {"PropertyErrorException", 400, "OMRS-NEO4J-400-012", instancePropertiesClassName, true, rejected, "Correct the properties so that they match the type's attributes."},
	KindPagingError:            {"PagingErrorException", 400, "OMRS-NEO4J-400-013", "paging", true, rejected, "Use a pageSize of zero or more and a valid sequencing order and property."},
	KindClassificationError:    {"ClassificationErrorException", 400, "OMRS-NEO4J-400-014", classificationClassName, true, rejected, "Check the classification name and the entity it applies to."},
	KindStatusNotSupported:     {"StatusNotSupportedException", 400, "OMRS-NEO4J-400-015", instanceStatusClassName, true, rejected, "Use a status from the type's valid instance status list."},
	KindHomeEntity:             {"HomeEntityException", 400, "OMRS-NEO4J-400-016", "", false, rejected, "Change the entity through its home repository calls, not as a reference copy."},
	KindHomeRelationship:       {"HomeRelationshipException", 400, "OMRS-NEO4J-400-017", "", false, rejected, "Change the relationship through its home repository calls, not as a reference copy."},
	KindEntityConflict:         {"EntityConflictException", 400, "OMRS-NEO4J-400-018", "", false, rejected, "Check the entity GUID and home metadata collection."},
	KindRelationshipConflict:   {"RelationshipConflictException", 400, "OMRS-NEO4J-400-019", "", false, rejected, "Check the relationship GUID and home metadata collection."},
	KindInvalidEntity:          {"InvalidEntityException", 400, "OMRS-NEO4J-400-020", "", false, rejected, "Send a complete entity with its GUID, type and home metadata collection."},
	KindInvalidRelationship:    {"InvalidRelationshipException", 400, "OMRS-NEO4J-400-021", "", false, rejected, "Send a complete relationship with its GUID, type, ends and home metadata collection."},
	KindRepositoryTimeout:      {"RepositoryTimeoutException", 503, "OMRS-NEO4J-503-001", "", false, "The repository did not respond in time.", "Retry the request later."},
}

func (k Kind) info() kindInfo {
	if info, ok := kinds[k]; ok {
		return info
	}
	return kinds[KindRepositoryError]
}

// String returns the simple Java class name of k, such as
// "EntityNotKnownException". An out-of-range Kind reads as
// RepositoryErrorException.
func (k Kind) String() string { return k.info().class }

// ClassName returns the fully qualified Java class name that the REST layer
// writes as exceptionClassName. InvalidParameterException and
// UserNotAuthorizedException live in the frameworks package for current peers
// and in the repository services package when legacyPackage is true. All
// other classes live in the repository services package.
func (k Kind) ClassName(legacyPackage bool) string {
	info := k.info()
	if !legacyPackage && (k == KindInvalidParameter || k == KindUserNotAuthorized) {
		return frameworkExceptionPackage + info.class
	}
	return repositoryExceptionPackage + info.class
}

// HTTPCode returns the relatedHTTPCode reported with k.
func (k Kind) HTTPCode() int { return k.info().httpCode }

// MessageID returns the message id that NewError assigns to errors of kind k.
func (k Kind) MessageID() string { return k.info().messageID }

// CarriesParameterName reports whether the Java class of k extends
// InvalidParameterException. The Java client reads
// exceptionProperties.parameterName only for those classes.
func (k Kind) CarriesParameterName() bool { return k.info().paramFamily }

// Error is the error type every layer of the server returns for an OMRS
// failure. The REST layer turns it into the exception fields of a response.
type Error struct {
	// Kind selects the OMRS exception class.
	Kind Kind
	// MessageID identifies the message text, for example "OMRS-NEO4J-404-002".
	MessageID string
	// Message is the full human-readable message without the message id.
	Message string
	// Params are the values inserted into Message, in order.
	Params []string
	// ParameterName names the request parameter at fault. It is reported for
	// kinds whose Java class extends InvalidParameterException.
	ParameterName string
	// SystemAction describes what the repository did about the failure.
	SystemAction string
	// UserAction describes what the caller should do next.
	UserAction string
	// Err is the underlying cause, if any.
	Err error
}

// NewError builds an Error of the given kind. The message is
// fmt.Sprintf(format, args...) and should name the bad value and the fix.
// Each argument becomes one entry of Params. An empty parameterName is
// replaced by the name Egeria reports for the kind, such as "guid" for
// KindEntityNotKnown.
func NewError(kind Kind, parameterName string, format string, args ...any) *Error {
	info := kind.info()
	if parameterName == "" {
		parameterName = info.parameter
	}
	params := make([]string, 0, len(args))
	for _, arg := range args {
		params = append(params, fmt.Sprint(arg))
	}
	return &Error{
		Kind:          kind,
		MessageID:     info.messageID,
		Message:       fmt.Sprintf(format, args...),
		Params:        params,
		ParameterName: parameterName,
		SystemAction:  info.systemAction,
		UserAction:    info.userAction,
	}
}

// WrapError builds an Error like NewError and records err as its cause.
func WrapError(kind Kind, err error, parameterName string, format string, args ...any) *Error {
	e := NewError(kind, parameterName, format, args...)
	e.Err = err
	return e
}

// Error implements the error interface.
func (e *Error) Error() string {
	msg := e.Message
	if msg == "" {
		msg = e.Kind.String()
	}
	if e.Err != nil {
		return msg + ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// KindOf returns the Kind of the first *Error in err's chain. It returns
// false when the chain holds no *Error.
func KindOf(err error) (Kind, bool) {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind, true
	}
	return KindRepositoryError, false
}

// IsKind reports whether err's chain holds an *Error of kind k.
func IsKind(err error, k Kind) bool {
	kind, ok := KindOf(err)
	return ok && kind == k
}
