package graph

import (
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// decision is the outcome of the reference-copy rules for one incoming
// instance.
type decision int

const (
	storeCopy  decision = iota // write the incoming instance
	keepStored                 // an equal or newer version is stored: write nothing
	rejectCopy                 // the incoming instance conflicts: write nothing, report it
)

// decideEntity applies the reference-copy rules to an incoming full entity
// and what is stored under its GUID (nil: nothing).
func (s *Store) decideEntity(incoming *typesystem.EntityDetail, stored *storedEntity) (decision, error) {
	if stored == nil {
		return storeCopy, nil
	}
	if stored.proxy != nil {
		// A full entity replaces a proxy of the same or an older version.
		if incoming.Version >= stored.proxy.Version {
			return storeCopy, nil
		}
		return keepStored, nil
	}
	current := stored.detail
	if incoming.MetadataCollectionID == s.collectionID {
		return rejectCopy, typesystem.NewError(typesystem.KindHomeEntity, "entity",
			"entity %s is homed in this repository, so a copy must not overwrite it; change it through the entity maintenance operations",
			incoming.GUID)
	}
	if conflict := headerConflict(&incoming.InstanceAuditHeader, &current.InstanceAuditHeader); conflict != "" {
		return rejectCopy, typesystem.NewError(typesystem.KindEntityConflict, "entity",
			"entity %s clashes with the entity stored under the same GUID: %s; the stored entity was kept", incoming.GUID, conflict)
	}
	if current.Version < incoming.Version {
		return storeCopy, nil
	}
	return keepStored, nil
}

// decideProxy applies the proxy rules: a proxy never replaces a full entity,
// and replaces a stored proxy only with a newer version.
func decideProxy(incoming *typesystem.EntityProxy, stored *storedEntity) decision {
	switch {
	case stored == nil:
		return storeCopy
	case stored.proxy != nil && incoming.Version > stored.proxy.Version:
		return storeCopy
	}
	return keepStored
}

// decideRelationship applies the reference-copy rules to an incoming
// relationship and the stored one with its GUID (nil: nothing).
func (s *Store) decideRelationship(incoming *typesystem.Relationship, stored *storedRelationship) (decision, error) {
	if stored == nil {
		return storeCopy, nil
	}
	if incoming.MetadataCollectionID == s.collectionID {
		return rejectCopy, typesystem.NewError(typesystem.KindHomeRelationship, "relationship",
			"relationship %s is homed in this repository, so a copy must not overwrite it; change it through the relationship maintenance operations",
			incoming.GUID)
	}
	conflict := headerConflict(&incoming.InstanceAuditHeader, &stored.relationship.InstanceAuditHeader)
	switch {
	case conflict != "":
	case stored.typeName != incoming.TypeName():
		conflict = "it is stored with type " + stored.typeName + ", not " + incoming.TypeName()
	case stored.end1 != incoming.EntityOneProxy.GUID || stored.end2 != incoming.EntityTwoProxy.GUID:
		conflict = "it is stored between entities " + stored.end1 + " and " + stored.end2
	}
	if conflict != "" {
		return rejectCopy, typesystem.NewError(typesystem.KindRelationshipConflict, "relationship",
			"relationship %s clashes with the relationship stored under the same GUID: %s; the stored relationship was kept",
			incoming.GUID, conflict)
	}
	if stored.relationship.Version < incoming.Version {
		return storeCopy, nil
	}
	return keepStored, nil
}

// headerConflict returns why two headers with one GUID cannot be versions
// of the same instance, or "" when they can: a different creation time means
// a different instance, and a different home means someone else claims it.
func headerConflict(incoming, stored *typesystem.InstanceAuditHeader) string {
	if incoming.CreateTime != nil && stored.CreateTime != nil && *incoming.CreateTime != *stored.CreateTime {
		return "it was created at " + stored.CreateTime.String() + ", the incoming one at " + incoming.CreateTime.String()
	}
	if incoming.MetadataCollectionID != stored.MetadataCollectionID {
		return "it is homed in metadata collection " + stored.MetadataCollectionID + ", the incoming one in " + incoming.MetadataCollectionID
	}
	return ""
}

// mergeHomeClassifications returns the classifications to store when an
// incoming copy replaces a stored entity: the incoming ones, plus every
// stored classification homed in this repository, which the copy's home
// does not know about. For a name present in both, the higher version wins,
// and the local one on a tie.
func (s *Store) mergeHomeClassifications(incoming, stored []*typesystem.Classification) []*typesystem.Classification {
	merged := append([]*typesystem.Classification(nil), incoming...)
	for _, local := range stored {
		if local.MetadataCollectionID != s.collectionID {
			continue
		}
		replaced := false
		for i, candidate := range merged {
			if candidate.Name == local.Name {
				if local.Version >= candidate.Version {
					merged[i] = local
				}
				replaced = true
				break
			}
		}
		if !replaced {
			merged = append(merged, local)
		}
	}
	return merged
}
