package graph

import (
	"context"
	"slices"

	"github.com/google/uuid"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// requestID returns the request id of the OMRS call that ctx carries, or a
// new one, for lastRequestId.
func requestID(ctx context.Context) string {
	if id := typesystem.RequestIDFrom(ctx); id != "" {
		return id
	}
	return uuid.NewString()
}

// newHeader returns the audit header of an instance created here by userID:
// version 1, created and updated now, homed in this repository.
func (s *Store) newHeader(ctx context.Context, userID string, typeDef *typesystem.TypeDef) typesystem.InstanceAuditHeader {
	now := typesystem.Millis(s.now())
	return typesystem.InstanceAuditHeader{
		HeaderVersion:          1,
		Type:                   typeDef.InstanceType(),
		InstanceProvenanceType: typesystem.ProvenanceLocalCohort,
		MetadataCollectionID:   s.collectionID,
		MetadataCollectionName: s.collectionName,
		CreatedBy:              userID,
		UpdatedBy:              userID,
		MaintainedBy:           []string{userID},
		CreateTime:             typesystem.NewMillis(now),
		UpdateTime:             typesystem.NewMillis(now),
		Version:                1,
		LastRequestID:          requestID(ctx),
	}
}

// touch records a change by userID in h: the next version, updated now (at
// least one millisecond after the previous update, so versions never share
// a start time), userID added to maintainedBy, and the request id.
func (s *Store) touch(ctx context.Context, h *typesystem.InstanceAuditHeader, userID string) {
	now := s.now()
	if h.UpdateTime != nil && now <= int64(*h.UpdateTime) {
		now = int64(*h.UpdateTime) + 1
	}
	if h.CreateTime != nil && now <= int64(*h.CreateTime) {
		now = int64(*h.CreateTime) + 1
	}
	h.UpdateTime = typesystem.NewMillis(typesystem.Millis(now))
	h.UpdatedBy = userID
	if !slices.Contains(h.MaintainedBy, userID) {
		h.MaintainedBy = append(slices.Clone(h.MaintainedBy), userID)
	}
	h.LastRequestID = requestID(ctx)
	h.Version++
}

// isUpdatable reports whether this repository may change an instance with
// header h: its own instances, and external or content-pack instances it
// replicates. Everything else is a reference copy.
func (s *Store) isUpdatable(h *typesystem.InstanceAuditHeader) bool {
	switch h.InstanceProvenanceType {
	case typesystem.ProvenanceLocalCohort, "":
		return h.MetadataCollectionID == s.collectionID || h.MetadataCollectionID == ""
	case typesystem.ProvenanceExternalSource, typesystem.ProvenanceContentPack:
		return h.ReplicatedBy == s.collectionID
	}
	return false
}
