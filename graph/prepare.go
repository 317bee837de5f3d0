package graph

import (
	"fmt"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// archiveRewrite applies the provenance rules for an archive's instances to
// one header before it is stored:
//   - CONTENT_PACK: the archive becomes the home (its GUID and name), with
//     the archive's originator, creation date and license, provenance
//     CONTENT_PACK, replicatedBy this repository, and version 0 raised to 1;
//   - METADATA_EXPORT: provenance EXPORT_ARCHIVE, and only missing fields
//     are filled (home from the archive, replicatedBy this repository);
//   - REPOSITORY_BACKUP and anything else: stored as received, with a
//     missing home filled from the archive.
func (s *Store) archiveRewrite(h *typesystem.InstanceAuditHeader, props typesystem.ArchiveProperties) {
	switch props.ArchiveType {
	case typesystem.ArchiveContentPack:
		h.MetadataCollectionID = props.ArchiveGUID
		h.MetadataCollectionName = props.ArchiveName
		h.InstanceProvenanceType = typesystem.ProvenanceContentPack
		h.ReplicatedBy = s.collectionID
		if props.OriginatorName != "" {
			h.CreatedBy = props.OriginatorName
		}
		if props.CreationDate != nil {
			h.CreateTime = typesystem.NewMillis(*props.CreationDate)
		}
		if props.OriginatorLicense != "" {
			h.InstanceLicense = props.OriginatorLicense
		}
		if h.Version == 0 {
			h.Version = 1
		}
		return
	case typesystem.ArchiveMetadataExport:
		h.InstanceProvenanceType = typesystem.ProvenanceExportArchive
		if h.ReplicatedBy == "" {
			h.ReplicatedBy = s.collectionID
		}
	}
	if h.MetadataCollectionID == "" {
		h.MetadataCollectionID = props.ArchiveGUID
		if h.MetadataCollectionName == "" {
			h.MetadataCollectionName = props.ArchiveName
		}
	}
}

// prepareEntity returns a copy of an archive entity with the archive's
// provenance rules applied, after validating it against the type registry
// with the lenient checks used for reference copies.
func (s *Store) prepareEntity(entity *typesystem.EntityDetail, props typesystem.ArchiveProperties) (*typesystem.EntityDetail, error) {
	if entity == nil {
		return nil, typesystem.NewError(typesystem.KindInvalidEntity, "entity", "the entity is null; remove it from the archive")
	}
	if entity.GUID == "" {
		return nil, typesystem.NewError(typesystem.KindInvalidEntity, "entity", "the entity has no guid; every entity needs one")
	}
	prepared := *entity
	s.archiveRewrite(&prepared.InstanceAuditHeader, props)
	prepared.Classifications = make([]*typesystem.Classification, 0, len(entity.Classifications))
	for _, classification := range entity.Classifications {
		if classification == nil {
			return nil, typesystem.NewError(typesystem.KindInvalidEntity, "classifications", "entity %s has a null classification", entity.GUID)
		}
		copied := *classification
		s.archiveRewrite(&copied.InstanceAuditHeader, props)
		prepared.Classifications = append(prepared.Classifications, &copied)
	}
	if len(prepared.Classifications) == 0 {
		prepared.Classifications = nil
	}
	if err := s.registry.ValidateEntityDetail(&prepared, false); err != nil {
		return nil, err
	}
	return &prepared, nil
}

// prepareRelationship returns a copy of an archive relationship with the
// archive's provenance rules applied. Its end proxies stay as received: they
// describe entities that may belong to other archives.
func (s *Store) prepareRelationship(relationship *typesystem.Relationship, props typesystem.ArchiveProperties) (*typesystem.Relationship, error) {
	if relationship == nil {
		return nil, typesystem.NewError(typesystem.KindInvalidRelationship, "relationship", "the relationship is null; remove it from the archive")
	}
	if relationship.GUID == "" {
		return nil, typesystem.NewError(typesystem.KindInvalidRelationship, "relationship", "the relationship has no guid; every relationship needs one")
	}
	for i, end := range []*typesystem.EntityProxy{relationship.EntityOneProxy, relationship.EntityTwoProxy} {
		if end == nil || end.GUID == "" || end.TypeName() == "" {
			return nil, typesystem.NewError(typesystem.KindInvalidRelationship, "relationship",
				"relationship %s has no end %d proxy with a guid and a type; both ends are required", relationship.GUID, i+1)
		}
	}
	prepared := *relationship
	s.archiveRewrite(&prepared.InstanceAuditHeader, props)
	return &prepared, nil
}

// validateProxy checks an end proxy's type before it is stored.
func (s *Store) validateProxy(proxy *typesystem.EntityProxy) error {
	typeDef, ok := s.registry.TypeDefByName(proxy.TypeName())
	if !ok {
		return typesystem.NewError(typesystem.KindTypeError, "entityProxy",
			"proxy %s has type %q, which is not a known type; load the types archive that defines it first", proxy.GUID, proxy.TypeName())
	}
	if typeDef.Category != typesystem.CategoryEntityDef {
		return typesystem.NewError(typesystem.KindTypeError, "entityProxy",
			"proxy %s has type %s, which is a %s, not an entity type", proxy.GUID, typeDef.Name, typeDef.Category)
	}
	if proxy.MetadataCollectionID == "" {
		return typesystem.NewError(typesystem.KindInvalidParameter, "entityProxy",
			"proxy %s has no metadataCollectionId; a proxy must name its home", proxy.GUID)
	}
	return nil
}

// elementError names the archive element that failed.
func elementError(list string, index int, guid, typeName string, err error) error {
	return fmt.Errorf("archiveInstanceStore.%s[%d] (guid %s, type %s): %w", list, index, guid, typeName, err)
}
