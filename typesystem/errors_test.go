package typesystem

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestKindClassNames(t *testing.T) {
	tests := []struct {
		kind   Kind
		class  string
		code   int
		family bool
	}{
		{KindRepositoryError, "RepositoryErrorException", 500, false},
		{KindInvalidParameter, "InvalidParameterException", 400, true},
		{KindUserNotAuthorized, "UserNotAuthorizedException", 403, false},
		{KindFunctionNotSupported, "FunctionNotSupportedException", 501, false},
		{KindTypeDefNotKnown, "TypeDefNotKnownException", 404, true},
		{KindTypeDefKnown, "TypeDefKnownException", 400, false},
		{KindTypeDefConflict, "TypeDefConflictException", 400, false},
		{KindInvalidTypeDef, "InvalidTypeDefException", 400, true},
		{KindTypeDefNotSupported, "TypeDefNotSupportedException", 400, false},
		{KindTypeDefInUse, "TypeDefInUseException", 400, false},
		{KindPatchError, "PatchErrorException", 400, true},
		{KindEntityNotKnown, "EntityNotKnownException", 404, true},
		{KindEntityProxyOnly, "EntityProxyOnlyException", 400, true},
		{KindEntityNotDeleted, "EntityNotDeletedException", 400, false},
		{KindRelationshipNotKnown, "RelationshipNotKnownException", 404, true},
		{KindRelationshipNotDeleted, "RelationshipNotDeletedException", 400, false},
		{KindTypeError, "TypeErrorException", 400, true},
		{KindPropertyError, "PropertyErrorException", 400, true},
		{KindPagingError, "PagingErrorException", 400, true},
		{KindClassificationError, "ClassificationErrorException", 400, true},
		{KindStatusNotSupported, "StatusNotSupportedException", 400, true},
		{KindHomeEntity, "HomeEntityException", 400, false},
		{KindHomeRelationship, "HomeRelationshipException", 400, false},
		{KindEntityConflict, "EntityConflictException", 400, false},
		{KindRelationshipConflict, "RelationshipConflictException", 400, false},
		{KindInvalidEntity, "InvalidEntityException", 400, false},
		{KindInvalidRelationship, "InvalidRelationshipException", 400, false},
		{KindRepositoryTimeout, "RepositoryTimeoutException", 503, false},
	}
	require.Len(t, tests, len(kinds), "every kind has a row")
	ids := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			require.Equal(t, tt.class, tt.kind.String())
			require.Equal(t, tt.code, tt.kind.HTTPCode())
			require.Equal(t, tt.family, tt.kind.CarriesParameterName())
			require.Equal(t, repositoryExceptionPackage+tt.class, tt.kind.ClassName(true))
			if tt.kind == KindInvalidParameter || tt.kind == KindUserNotAuthorized {
				require.Equal(t, "org.odpi.openmetadata.frameworks.openmetadata.ffdc."+tt.class, tt.kind.ClassName(false))
			} else {
				require.Equal(t, "org.odpi.openmetadata.repositoryservices.ffdc.exception."+tt.class, tt.kind.ClassName(false))
			}
			require.False(t, ids[tt.kind.MessageID()], "message id %s is unique", tt.kind.MessageID())
			ids[tt.kind.MessageID()] = true
		})
	}
	require.Equal(t, "RepositoryErrorException", Kind(999).String())
}

func TestNewError(t *testing.T) {
	err := NewError(KindEntityNotKnown, "", "no entity with guid %s is stored in %s; check the GUID", "e-1", "store")

	require.Equal(t, KindEntityNotKnown, err.Kind)
	require.Equal(t, "OMRS-NEO4J-404-002", err.MessageID)
	require.Equal(t, "no entity with guid e-1 is stored in store; check the GUID", err.Message)
	require.Equal(t, []string{"e-1", "store"}, err.Params)
	require.Equal(t, "guid", err.ParameterName)
	require.NotEmpty(t, err.SystemAction)
	require.NotEmpty(t, err.UserAction)
	require.Equal(t, err.Message, err.Error())

	explicit := NewError(KindPropertyError, "initialProperties", "bad")
	require.Equal(t, "initialProperties", explicit.ParameterName)
}

func TestWrapError(t *testing.T) {
	cause := errors.New("neo4j: connection reset")
	err := WrapError(KindRepositoryError, cause, "", "store entity %s", "e-1")

	require.ErrorIs(t, err, cause)
	require.Equal(t, "store entity e-1: neo4j: connection reset", err.Error())
}

func TestKindOf(t *testing.T) {
	tests := []struct {
		name   string
		err    error
		kind   Kind
		wantOK bool
	}{
		{"direct", NewError(KindTypeError, "", "x"), KindTypeError, true},
		{"wrapped once", fmt.Errorf("load entity e-1: %w", NewError(KindEntityNotKnown, "", "x")), KindEntityNotKnown, true},
		{"wrapped twice", fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", NewError(KindPagingError, "", "x"))), KindPagingError, true},
		{"joined", errors.Join(errors.New("a"), NewError(KindStatusNotSupported, "", "x")), KindStatusNotSupported, true},
		{"plain", errors.New("boom"), KindRepositoryError, false},
		{"nil", nil, KindRepositoryError, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, ok := KindOf(tt.err)
			require.Equal(t, tt.wantOK, ok)
			require.Equal(t, tt.kind, kind)
			require.Equal(t, tt.wantOK, IsKind(tt.err, tt.kind))
		})
	}
}

func TestErrorWithoutMessage(t *testing.T) {
	err := &Error{Kind: KindTypeDefInUse}
	require.True(t, strings.Contains(err.Error(), "TypeDefInUseException"))
}
