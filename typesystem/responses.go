package typesystem

import (
	"errors"
	"net/http"
)

// OMRSAPIResponse holds the fields every response carries. A response
// reports a failure only through ExceptionClassName: the Java client raises
// the named exception when it is set and ignores RelatedHTTPCode otherwise.
type OMRSAPIResponse struct {
	RequestID string `json:"requestId,omitempty"`
	// RelatedHTTPCode is written as 200 when it is zero and no exception is
	// set.
	RelatedHTTPCode                 int            `json:"relatedHTTPCode"`
	ExceptionClassName              string         `json:"exceptionClassName,omitempty"`
	ExceptionSubclassName           string         `json:"exceptionSubclassName,omitempty"`
	ExceptionCausedBy               string         `json:"exceptionCausedBy,omitempty"`
	ActionDescription               string         `json:"actionDescription,omitempty"`
	ExceptionErrorMessage           string         `json:"exceptionErrorMessage,omitempty"`
	ExceptionErrorMessageID         string         `json:"exceptionErrorMessageId,omitempty"`
	ExceptionErrorMessageParameters []string       `json:"exceptionErrorMessageParameters,omitempty"`
	ExceptionSystemAction           string         `json:"exceptionSystemAction,omitempty"`
	ExceptionUserAction             string         `json:"exceptionUserAction,omitempty"`
	ExceptionProperties             map[string]any `json:"exceptionProperties,omitempty"`
}

// Envelope implements Response for every response that embeds
// OMRSAPIResponse.
func (r *OMRSAPIResponse) Envelope() *OMRSAPIResponse { return r }

func (r OMRSAPIResponse) withDefaults() OMRSAPIResponse {
	if r.RelatedHTTPCode == 0 && r.ExceptionClassName == "" {
		r.RelatedHTTPCode = http.StatusOK
	}
	return r
}

// SetException fills the exception fields from err. An error without an
// *Error in its chain is reported as a RepositoryErrorException. The class
// name is written to both exceptionClassName and exceptionSubclassName, which
// every Egeria client release matches. action names the operation, such as
// "getEntityDetail", and legacyPackage selects the Java package of
// InvalidParameterException and UserNotAuthorizedException (see
// Kind.ClassName). exceptionProperties.parameterName is set for kinds whose
// Java class extends InvalidParameterException.
func (r *OMRSAPIResponse) SetException(err error, action string, legacyPackage bool) {
	var e *Error
	if !errors.As(err, &e) {
		e = WrapError(KindRepositoryError, err, "", "%s failed", action)
		e.Params = nil
	}
	info := e.Kind.info()
	messageID := firstNonEmpty(e.MessageID, info.messageID)
	className := e.Kind.ClassName(legacyPackage)

	r.RelatedHTTPCode = e.Kind.HTTPCode()
	r.ExceptionClassName = className
	r.ExceptionSubclassName = className
	r.ActionDescription = action
	r.ExceptionErrorMessage = messageID + " " + e.Error()
	r.ExceptionErrorMessageID = messageID
	r.ExceptionErrorMessageParameters = e.Params
	r.ExceptionSystemAction = firstNonEmpty(e.SystemAction, info.systemAction)
	r.ExceptionUserAction = firstNonEmpty(e.UserAction, info.userAction)
	r.ExceptionProperties = nil
	if name := firstNonEmpty(e.ParameterName, info.parameter); e.Kind.CarriesParameterName() && name != "" {
		r.ExceptionProperties = map[string]any{"parameterName": name}
	}
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}
