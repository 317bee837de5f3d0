package typesystem

import "reflect"

// Every enum below is a Go string type whose values are the Java constant
// names Egeria writes in JSON. Valid accepts the constants of the current
// Egeria release and the legacy constants older peers still send. Ordinal
// returns Egeria's ordinal, or -1 for a name that is not a constant.
// UnmarshalJSON rejects names that are not constants.

// InstanceStatus is the lifecycle status of an entity, relationship or
// classification.
type InstanceStatus string

// InstanceStatus constants. Egeria 6 defines UNKNOWN, ACTIVE, INVALID, OTHER
// and DELETED. The other constants were removed from Egeria in December 2025
// but older peers still send them.
const (
	StatusUnknown               InstanceStatus = "UNKNOWN"
	StatusActive                InstanceStatus = "ACTIVE"
	StatusInvalid               InstanceStatus = "INVALID"
	StatusOther                 InstanceStatus = "OTHER"
	StatusDeleted               InstanceStatus = "DELETED"
	StatusDraft                 InstanceStatus = "DRAFT"
	StatusPrepared              InstanceStatus = "PREPARED"
	StatusProposed              InstanceStatus = "PROPOSED"
	StatusApproved              InstanceStatus = "APPROVED"
	StatusRejected              InstanceStatus = "REJECTED"
	StatusApprovedConcept       InstanceStatus = "APPROVED_CONCEPT"
	StatusUnderDevelopment      InstanceStatus = "UNDER_DEVELOPMENT"
	StatusDevelopmentComplete   InstanceStatus = "DEVELOPMENT_COMPLETE"
	StatusApprovedForDeployment InstanceStatus = "APPROVED_FOR_DEPLOYMENT"
	StatusStandby               InstanceStatus = "STANDBY"
	StatusFailed                InstanceStatus = "FAILED"
	StatusDisabled              InstanceStatus = "DISABLED"
	StatusComplete              InstanceStatus = "COMPLETE"
	StatusDeprecated            InstanceStatus = "DEPRECATED"
)

var instanceStatusTable = newEnumTable("InstanceStatus",
	StatusUnknown, 0, StatusActive, 15, StatusInvalid, 20, StatusOther, 50, StatusDeleted, 99,
	StatusDraft, 1, StatusPrepared, 2, StatusProposed, 3, StatusApproved, 4, StatusRejected, 5,
	StatusApprovedConcept, 6, StatusUnderDevelopment, 7, StatusDevelopmentComplete, 8,
	StatusApprovedForDeployment, 9, StatusStandby, 10, StatusFailed, 20, StatusDisabled, 21,
	StatusComplete, 22, StatusDeprecated, 30)

// Valid reports whether s is a current or legacy InstanceStatus constant.
func (s InstanceStatus) Valid() bool { return instanceStatusTable.valid(string(s)) }

// Ordinal returns Egeria's ordinal for s, or -1.
func (s InstanceStatus) Ordinal() int { return instanceStatusTable.ordinal(string(s)) }

// IsLegacy reports whether s is one of the constants that Egeria 6 removed.
func (s InstanceStatus) IsLegacy() bool {
	switch s {
	case StatusUnknown, StatusActive, StatusInvalid, StatusOther, StatusDeleted:
		return false
	}
	return s.Valid()
}

// UnmarshalJSON implements json.Unmarshaler.
func (s *InstanceStatus) UnmarshalJSON(data []byte) error {
	v, err := instanceStatusTable.decode(data, reflect.TypeOf(*s))
	if v != "" {
		*s = InstanceStatus(v)
	}
	return err
}

// InstanceProvenanceType records where an instance comes from, which decides
// who may change it.
type InstanceProvenanceType string

// InstanceProvenanceType constants.
const (
	ProvenanceUnknown                InstanceProvenanceType = "UNKNOWN"
	ProvenanceLocalCohort            InstanceProvenanceType = "LOCAL_COHORT"
	ProvenanceExportArchive          InstanceProvenanceType = "EXPORT_ARCHIVE"
	ProvenanceContentPack            InstanceProvenanceType = "CONTENT_PACK"
	ProvenanceDeregisteredRepository InstanceProvenanceType = "DEREGISTERED_REPOSITORY"
	ProvenanceConfiguration          InstanceProvenanceType = "CONFIGURATION"
	ProvenanceExternalSource         InstanceProvenanceType = "EXTERNAL_SOURCE"
)

var provenanceTable = newEnumTable("InstanceProvenanceType",
	ProvenanceUnknown, 0, ProvenanceLocalCohort, 1, ProvenanceExportArchive, 2,
	ProvenanceContentPack, 3, ProvenanceDeregisteredRepository, 4, ProvenanceConfiguration, 5,
	ProvenanceExternalSource, 6)

// provenanceDisplayNames are the names Egeria's InstanceProvenanceType.getName
// returns. Searches on the pseudo-property instanceProvenanceType compare
// against these names, not against the constant names.
var provenanceDisplayNames = map[InstanceProvenanceType]string{
	ProvenanceUnknown:                "<Unknown>",
	ProvenanceLocalCohort:            "Local to cohort",
	ProvenanceExportArchive:          "Export Archive",
	ProvenanceContentPack:            "Content Pack",
	ProvenanceDeregisteredRepository: "Deregistered Repository",
	ProvenanceConfiguration:          "Configuration",
	ProvenanceExternalSource:         "External Source",
}

// Valid reports whether p is an InstanceProvenanceType constant.
func (p InstanceProvenanceType) Valid() bool { return provenanceTable.valid(string(p)) }

// Ordinal returns Egeria's ordinal for p, or -1.
func (p InstanceProvenanceType) Ordinal() int { return provenanceTable.ordinal(string(p)) }

// DisplayName returns the name Egeria shows for p, for example
// "Local to cohort" for LOCAL_COHORT, or "" when p is not a constant.
func (p InstanceProvenanceType) DisplayName() string { return provenanceDisplayNames[p] }

// UnmarshalJSON implements json.Unmarshaler.
func (p *InstanceProvenanceType) UnmarshalJSON(data []byte) error {
	v, err := provenanceTable.decode(data, reflect.TypeOf(*p))
	if v != "" {
		*p = InstanceProvenanceType(v)
	}
	return err
}

// InstancePropertyCategory is the kind of value a PropertyValue contains.
type InstancePropertyCategory string

// InstancePropertyCategory constants.
const (
	PropertyCategoryUnknown   InstancePropertyCategory = "UNKNOWN"
	PropertyCategoryPrimitive InstancePropertyCategory = "PRIMITIVE"
	PropertyCategoryEnum      InstancePropertyCategory = "ENUM"
	PropertyCategoryStruct    InstancePropertyCategory = "STRUCT"
	PropertyCategoryMap       InstancePropertyCategory = "MAP"
	PropertyCategoryArray     InstancePropertyCategory = "ARRAY"
)

var propertyCategoryTable = newEnumTable("InstancePropertyCategory",
	PropertyCategoryUnknown, 0, PropertyCategoryPrimitive, 1, PropertyCategoryEnum, 2,
	PropertyCategoryStruct, 3, PropertyCategoryMap, 4, PropertyCategoryArray, 5)

// Valid reports whether c is an InstancePropertyCategory constant.
func (c InstancePropertyCategory) Valid() bool { return propertyCategoryTable.valid(string(c)) }

// Ordinal returns Egeria's ordinal for c, or -1.
func (c InstancePropertyCategory) Ordinal() int { return propertyCategoryTable.ordinal(string(c)) }

// UnmarshalJSON implements json.Unmarshaler.
func (c *InstancePropertyCategory) UnmarshalJSON(data []byte) error {
	v, err := propertyCategoryTable.decode(data, reflect.TypeOf(*c))
	if v != "" {
		*c = InstancePropertyCategory(v)
	}
	return err
}

// ClassificationOrigin records whether a classification was assigned to its
// entity directly or propagated from another entity.
type ClassificationOrigin string

// ClassificationOrigin constants.
const (
	OriginAssigned   ClassificationOrigin = "ASSIGNED"
	OriginPropagated ClassificationOrigin = "PROPAGATED"
)

var classificationOriginTable = newEnumTable("ClassificationOrigin", OriginAssigned, 0, OriginPropagated, 1)

// Valid reports whether o is a ClassificationOrigin constant.
func (o ClassificationOrigin) Valid() bool { return classificationOriginTable.valid(string(o)) }

// Ordinal returns Egeria's ordinal for o, or -1.
func (o ClassificationOrigin) Ordinal() int { return classificationOriginTable.ordinal(string(o)) }

// UnmarshalJSON implements json.Unmarshaler.
func (o *ClassificationOrigin) UnmarshalJSON(data []byte) error {
	v, err := classificationOriginTable.decode(data, reflect.TypeOf(*o))
	if v != "" {
		*o = ClassificationOrigin(v)
	}
	return err
}

// ArchiveType is the way an open metadata archive was produced.
type ArchiveType string

// ArchiveType constants.
const (
	ArchiveContentPack      ArchiveType = "CONTENT_PACK"
	ArchiveMetadataExport   ArchiveType = "METADATA_EXPORT"
	ArchiveRepositoryBackup ArchiveType = "REPOSITORY_BACKUP"
)

var archiveTypeTable = newEnumTable("OpenMetadataArchiveType",
	ArchiveContentPack, 1, ArchiveMetadataExport, 2, ArchiveRepositoryBackup, 3)

// Valid reports whether a is an ArchiveType constant.
func (a ArchiveType) Valid() bool { return archiveTypeTable.valid(string(a)) }

// Ordinal returns Egeria's ordinal for a, or -1.
func (a ArchiveType) Ordinal() int { return archiveTypeTable.ordinal(string(a)) }

// UnmarshalJSON implements json.Unmarshaler.
func (a *ArchiveType) UnmarshalJSON(data []byte) error {
	v, err := archiveTypeTable.decode(data, reflect.TypeOf(*a))
	if v != "" {
		*a = ArchiveType(v)
	}
	return err
}
