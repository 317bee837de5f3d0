package graph

import (
	"context"
	"errors"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// storeError turns a failure from Neo4j into an OMRS error for operation op.
// OMRS errors pass through unchanged. Everything else is a
// RepositoryErrorException (or RepositoryTimeoutException when a deadline
// passed) that names the operation and keeps the cause for the log.
func storeError(op string, err error) error {
	if err == nil {
		return nil
	}
	var omrsErr *typesystem.Error
	if errors.As(err, &omrsErr) {
		return err
	}
	var neo4jErr *neo4j.Neo4jError
	var connectivityErr *neo4j.ConnectivityError
	switch {
	case errors.Is(err, context.DeadlineExceeded), neo4j.IsTransactionExecutionLimit(err):
		return typesystem.WrapError(typesystem.KindRepositoryTimeout, err, "",
			"%s timed out in the metadata store; retry the request, and if it keeps timing out, ask for smaller pages", op)
	case errors.Is(err, context.Canceled):
		return typesystem.WrapError(typesystem.KindRepositoryError, err, "", "%s was cancelled by the caller", op)
	case errors.As(err, &connectivityErr):
		return typesystem.WrapError(typesystem.KindRepositoryError, err, "",
			"%s could not reach the Neo4j metadata store; check that Neo4j is running and retry", op)
	case errors.As(err, &neo4jErr):
		return typesystem.WrapError(typesystem.KindRepositoryError, err, "",
			"%s failed in the Neo4j metadata store with %s; the request changed nothing", op, neo4jErr.Code)
	}
	return typesystem.WrapError(typesystem.KindRepositoryError, err, "", "%s failed in the metadata store: %v", op, err)
}

// isConstraintViolation reports whether err is a Neo4j uniqueness
// constraint violation.
func isConstraintViolation(err error) bool {
	var neo4jErr *neo4j.Neo4jError
	return errors.As(err, &neo4jErr) && neo4jErr.Code == "Neo.ClientError.Schema.ConstraintValidationFailed"
}

// requireGUID returns an InvalidParameterException when guid is empty.
func requireGUID(guid, parameterName, op string) error {
	if guid == "" {
		return typesystem.NewError(typesystem.KindInvalidParameter, parameterName,
			"%s needs a non-empty %s; pass the GUID of the instance", op, parameterName)
	}
	return nil
}
