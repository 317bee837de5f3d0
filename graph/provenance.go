package graph

import "github.com/omrs-neo4j/omrs-neo4j/typesystem"

// fixProvenance applies the read-time provenance rules to one header. The
// stored value is never changed; only what callers see is.
//   - No home: the instance is local, homed here.
//   - EXTERNAL_SOURCE without replicatedBy: this repository maintains it.
//   - LOCAL_COHORT homed in a collection that is neither this repository
//     nor an active cohort member: its home has left the cohort, so it is
//     reported as DEREGISTERED_REPOSITORY. This server does not join a
//     cohort, so every other LOCAL_COHORT home counts as deregistered.
//   - No collection name on a local instance: the local name.
func (s *Store) fixProvenance(h *typesystem.InstanceAuditHeader) {
	if h == nil {
		return
	}
	switch {
	case h.MetadataCollectionID == "":
		h.MetadataCollectionID = s.collectionID
		h.InstanceProvenanceType = typesystem.ProvenanceLocalCohort
	case h.InstanceProvenanceType == typesystem.ProvenanceExternalSource && h.ReplicatedBy == "":
		h.ReplicatedBy = s.collectionID
	case h.InstanceProvenanceType == typesystem.ProvenanceLocalCohort && h.MetadataCollectionID != s.collectionID:
		h.InstanceProvenanceType = typesystem.ProvenanceDeregisteredRepository
	}
	if h.MetadataCollectionName == "" && h.MetadataCollectionID == s.collectionID {
		h.MetadataCollectionName = s.collectionName
	}
}

func (s *Store) fixClassificationsProvenance(classifications []*typesystem.Classification) {
	for _, classification := range classifications {
		s.fixProvenance(&classification.InstanceAuditHeader)
	}
}

func (s *Store) fixEntityProvenance(entity *typesystem.EntityDetail) {
	s.fixProvenance(&entity.InstanceAuditHeader)
	s.fixClassificationsProvenance(entity.Classifications)
}

func (s *Store) fixProxyProvenance(proxy *typesystem.EntityProxy) {
	if proxy == nil {
		return
	}
	s.fixProvenance(&proxy.InstanceAuditHeader)
	s.fixClassificationsProvenance(proxy.Classifications)
}

func (s *Store) fixRelationshipProvenance(relationship *typesystem.Relationship) {
	s.fixProvenance(&relationship.InstanceAuditHeader)
	s.fixProxyProvenance(relationship.EntityOneProxy)
	s.fixProxyProvenance(relationship.EntityTwoProxy)
}
