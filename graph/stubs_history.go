package graph

import (
	"context"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// notBuilt reports an operation whose implementation has not landed yet.
func notBuilt(op string) error {
	return typesystem.NewError(typesystem.KindFunctionNotSupported, "",
		"%s is not supported by this repository yet", op)
}

// TODO: the history operations below answer FunctionNotSupportedException
// until earlier versions are kept; each leaves this file when built.

// GetRelationshipHistory implements getRelationshipHistory.
func (s *Store) GetRelationshipHistory(ctx context.Context, userID, guid string, request *typesystem.HistoryRangeRequest) ([]*typesystem.Relationship, error) {
	return nil, notBuilt("getRelationshipHistory")
}

// GetClassificationHistory implements getClassificationHistory.
func (s *Store) GetClassificationHistory(ctx context.Context, userID, guid, classificationName string, request *typesystem.HistoryRangeRequest) ([]*typesystem.Classification, error) {
	return nil, notBuilt("getClassificationHistory")
}

// UndoRelationshipUpdate implements undoRelationshipUpdate. It returns nil
// and no error when there is no earlier version.
func (s *Store) UndoRelationshipUpdate(ctx context.Context, userID, guid string) (*typesystem.Relationship, error) {
	return nil, notBuilt("undoRelationshipUpdate")
}
