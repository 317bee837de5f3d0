package handlers

import (
	"context"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// unchangedGUID names an instance for which the stub finds no earlier
// version to undo and no version inside any history range.
const unchangedGUID = "0e9d8c7b-6a59-4837-a261-5f4e3d2c1b0a"

// entityVersions returns versions 2 and 1 of the test entity, newest first.
func entityVersions() []*typesystem.EntityDetail {
	newer, older := testEntity(), testEntity()
	newer.Version = 2
	return []*typesystem.EntityDetail{newer, older}
}

func relationshipVersions() []*typesystem.Relationship {
	newer, older := testRelationship(), testRelationship()
	newer.Version = 2
	return []*typesystem.Relationship{newer, older}
}

func classificationVersions() []*typesystem.Classification {
	newer, older := testClassification(), testClassification()
	newer.Version = 2
	return []*typesystem.Classification{newer, older}
}

func (r *stubRepository) GetEntityDetailHistory(ctx context.Context, userID, guid string,
	request *typesystem.HistoryRangeRequest) ([]*typesystem.EntityDetail, error) {
	if err := r.capture(ctx, "GetEntityDetailHistory", userID, guid, request); err != nil {
		return nil, err
	}
	if guid == unchangedGUID {
		return nil, nil
	}
	return entityVersions(), nil
}

func (r *stubRepository) GetRelationshipHistory(ctx context.Context, userID, guid string,
	request *typesystem.HistoryRangeRequest) ([]*typesystem.Relationship, error) {
	if err := r.capture(ctx, "GetRelationshipHistory", userID, guid, request); err != nil {
		return nil, err
	}
	if guid == unchangedGUID {
		return nil, nil
	}
	return relationshipVersions(), nil
}

func (r *stubRepository) GetClassificationHistory(ctx context.Context, userID, guid, classificationName string,
	request *typesystem.HistoryRangeRequest) ([]*typesystem.Classification, error) {
	if err := r.capture(ctx, "GetClassificationHistory", userID, guid, classificationName, request); err != nil {
		return nil, err
	}
	if guid == unchangedGUID {
		return nil, nil
	}
	return classificationVersions(), nil
}

func (r *stubRepository) UndoEntityUpdate(ctx context.Context, userID, guid string) (*typesystem.EntityDetail, error) {
	err := r.capture(ctx, "UndoEntityUpdate", userID, guid)
	if err == nil && guid == unchangedGUID {
		return nil, nil
	}
	return entityOrError(err)
}

func (r *stubRepository) UndoRelationshipUpdate(ctx context.Context, userID, guid string) (*typesystem.Relationship, error) {
	err := r.capture(ctx, "UndoRelationshipUpdate", userID, guid)
	if err == nil && guid == unchangedGUID {
		return nil, nil
	}
	return relationshipOrError(err)
}
