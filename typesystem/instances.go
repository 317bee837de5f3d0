package typesystem

import (
	"encoding/json"
	"fmt"
	"reflect"
)

// Instance bean types do not implement json.Marshaler on the embedded header
// structs on purpose. A MarshalJSON method on an embedded struct would be
// promoted to the local "plain" copies that the beans' own MarshalJSON
// methods encode, and encoding/json would then write only the header.

// InstanceType identifies the TypeDef of an instance.
type InstanceType struct {
	HeaderVersion   int64           `json:"headerVersion"`
	TypeDefCategory TypeDefCategory `json:"typeDefCategory,omitempty"`
	TypeDefGUID     string          `json:"typeDefGUID,omitempty"`
	TypeDefName     string          `json:"typeDefName,omitempty"`
	TypeDefVersion  int64           `json:"typeDefVersion"`
}

// MarshalJSON writes "class" first and UNKNOWN_DEF for an empty category, the
// default of Egeria's Java bean.
func (t InstanceType) MarshalJSON() ([]byte, error) {
	type plain InstanceType
	p := plain(t)
	p.HeaderVersion = headerVersionOrCurrent(p.HeaderVersion)
	if p.TypeDefCategory == "" {
		p.TypeDefCategory = CategoryUnknownDef
	}
	return marshalWithClass("InstanceType", p)
}

// UnmarshalJSON ignores members that older Egeria releases wrote, such as
// typeDefSuperTypes and validInstanceProperties.
func (t *InstanceType) UnmarshalJSON(data []byte) error {
	type plain InstanceType
	return decodeBean(data, (*plain)(t), "InstanceType")
}

// InstanceAuditHeader holds the audit fields that entities, relationships and
// classifications share.
type InstanceAuditHeader struct {
	HeaderVersion          int64                  `json:"headerVersion"`
	Type                   *InstanceType          `json:"type,omitempty"`
	InstanceProvenanceType InstanceProvenanceType `json:"instanceProvenanceType,omitempty"`
	// MetadataCollectionID is the id of the home repository.
	MetadataCollectionID   string   `json:"metadataCollectionId,omitempty"`
	MetadataCollectionName string   `json:"metadataCollectionName,omitempty"`
	ReplicatedBy           string   `json:"replicatedBy,omitempty"`
	InstanceLicense        string   `json:"instanceLicense,omitempty"`
	CreatedBy              string   `json:"createdBy,omitempty"`
	UpdatedBy              string   `json:"updatedBy,omitempty"`
	MaintainedBy           []string `json:"maintainedBy,omitempty"`
	CreateTime             *Millis  `json:"createTime,omitempty"`
	UpdateTime             *Millis  `json:"updateTime,omitempty"`
	// Version starts at 1 and grows by one on every change.
	Version        int64          `json:"version"`
	Status         InstanceStatus `json:"status,omitempty"`
	StatusOnDelete InstanceStatus `json:"statusOnDelete,omitempty"`
	LastRequestID  string         `json:"lastRequestId,omitempty"`
	// MappingProperties are stored and returned unchanged. Decoding keeps
	// numbers as json.Number so that 12 stays an integer.
	MappingProperties map[string]any `json:"mappingProperties,omitempty"`
}

// TypeName returns the name of the instance's TypeDef, or "" when the type
// is missing.
func (h *InstanceAuditHeader) TypeName() string {
	if h == nil || h.Type == nil {
		return ""
	}
	return h.Type.TypeDefName
}

// InstanceHeader adds the identity of an entity or relationship to the audit
// header.
type InstanceHeader struct {
	InstanceAuditHeader
	GUID                 string `json:"guid,omitempty"`
	ReIdentifiedFromGUID string `json:"reIdentifiedFromGUID,omitempty"`
}

// Classification is a classification attached to an entity.
type Classification struct {
	InstanceAuditHeader
	// Name is the name of the ClassificationDef.
	Name                     string               `json:"name,omitempty"`
	Properties               *InstanceProperties  `json:"properties,omitempty"`
	ClassificationOrigin     ClassificationOrigin `json:"classificationOrigin,omitempty"`
	ClassificationOriginGUID string               `json:"classificationOriginGUID,omitempty"`
}

// MarshalJSON writes "class" first and ASSIGNED for an empty origin, the
// default of Egeria's Java bean.
func (c Classification) MarshalJSON() ([]byte, error) {
	type plain Classification
	p := plain(c)
	p.HeaderVersion = headerVersionOrCurrent(p.HeaderVersion)
	if p.ClassificationOrigin == "" {
		p.ClassificationOrigin = OriginAssigned
	}
	return marshalWithClass("Classification", p)
}

// UnmarshalJSON implements json.Unmarshaler.
func (c *Classification) UnmarshalJSON(data []byte) error {
	type plain Classification
	return decodeBean(data, (*plain)(c), "Classification")
}

// EntitySummary is the header and classifications of an entity.
type EntitySummary struct {
	InstanceHeader
	Classifications []*Classification `json:"classifications,omitempty"`
}

// EntityDetail is an entity with its properties.
type EntityDetail struct {
	InstanceHeader
	Classifications []*Classification   `json:"classifications,omitempty"`
	Properties      *InstanceProperties `json:"properties,omitempty"`
}

// EntityProxy is a reference to an entity, with the values of its unique
// attributes.
type EntityProxy struct {
	InstanceHeader
	Classifications  []*Classification   `json:"classifications,omitempty"`
	UniqueProperties *InstanceProperties `json:"uniqueProperties,omitempty"`
}

// Relationship links two entities, which it describes by proxies.
type Relationship struct {
	InstanceHeader
	Properties     *InstanceProperties `json:"properties,omitempty"`
	EntityOneProxy *EntityProxy        `json:"entityOneProxy,omitempty"`
	EntityTwoProxy *EntityProxy        `json:"entityTwoProxy,omitempty"`
}

// ClassificationEntityExtension pairs a classification with the entity it
// belongs to. Egeria uses it in events and archives.
type ClassificationEntityExtension struct {
	HeaderVersion    int64           `json:"headerVersion"`
	EntityToClassify *EntityProxy    `json:"entityToClassify,omitempty"`
	Classification   *Classification `json:"classification,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (e EntitySummary) MarshalJSON() ([]byte, error) {
	type plain EntitySummary
	p := plain(e)
	p.HeaderVersion = headerVersionOrCurrent(p.HeaderVersion)
	return marshalWithClass("EntitySummary", p)
}

// UnmarshalJSON implements json.Unmarshaler.
func (e *EntitySummary) UnmarshalJSON(data []byte) error {
	type plain EntitySummary
	return decodeBean(data, (*plain)(e), "EntitySummary")
}

// MarshalJSON implements json.Marshaler.
func (e EntityDetail) MarshalJSON() ([]byte, error) {
	type plain EntityDetail
	p := plain(e)
	p.HeaderVersion = headerVersionOrCurrent(p.HeaderVersion)
	return marshalWithClass("EntityDetail", p)
}

// UnmarshalJSON implements json.Unmarshaler.
func (e *EntityDetail) UnmarshalJSON(data []byte) error {
	type plain EntityDetail
	return decodeBean(data, (*plain)(e), "EntityDetail")
}

// MarshalJSON implements json.Marshaler.
func (e EntityProxy) MarshalJSON() ([]byte, error) {
	type plain EntityProxy
	p := plain(e)
	p.HeaderVersion = headerVersionOrCurrent(p.HeaderVersion)
	return marshalWithClass("EntityProxy", p)
}

// UnmarshalJSON implements json.Unmarshaler.
func (e *EntityProxy) UnmarshalJSON(data []byte) error {
	type plain EntityProxy
	return decodeBean(data, (*plain)(e), "EntityProxy")
}

// MarshalJSON implements json.Marshaler.
func (r Relationship) MarshalJSON() ([]byte, error) {
	type plain Relationship
	p := plain(r)
	p.HeaderVersion = headerVersionOrCurrent(p.HeaderVersion)
	return marshalWithClass("Relationship", p)
}

// UnmarshalJSON implements json.Unmarshaler.
func (r *Relationship) UnmarshalJSON(data []byte) error {
	type plain Relationship
	return decodeBean(data, (*plain)(r), "Relationship")
}

// MarshalJSON implements json.Marshaler.
func (c ClassificationEntityExtension) MarshalJSON() ([]byte, error) {
	type plain ClassificationEntityExtension
	p := plain(c)
	p.HeaderVersion = headerVersionOrCurrent(p.HeaderVersion)
	return marshalWithClass("ClassificationEntityExtension", p)
}

// EntitySummaryPayload is an entity in a field that Egeria declares as
// EntitySummary, such as the payload of getEntitySummary. It is implemented
// by *EntitySummary, *EntityDetail and *EntityProxy, and each writes its own
// "class".
type EntitySummaryPayload interface {
	json.Marshaler
	// Summary returns the header and classifications of the entity. The
	// result shares its classifications with the receiver.
	Summary() *EntitySummary
}

// Summary implements EntitySummaryPayload.
func (e *EntitySummary) Summary() *EntitySummary { return e }

// Summary implements EntitySummaryPayload.
func (e *EntityDetail) Summary() *EntitySummary {
	return &EntitySummary{InstanceHeader: e.InstanceHeader, Classifications: e.Classifications}
}

// Summary implements EntitySummaryPayload.
func (e *EntityProxy) Summary() *EntitySummary {
	return &EntitySummary{InstanceHeader: e.InstanceHeader, Classifications: e.Classifications}
}

// DecodeEntitySummaryPayload decodes an EntitySummary, EntityDetail or
// EntityProxy according to its "class". Without "class" the data is read as
// an EntitySummary. JSON null returns nil.
func DecodeEntitySummaryPayload(data []byte) (EntitySummaryPayload, error) {
	if isJSONNull(data) {
		return nil, nil
	}
	var probe struct {
		Class string `json:"class"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, err
	}
	var payload EntitySummaryPayload
	switch probe.Class {
	case "", "EntitySummary":
		payload = &EntitySummary{}
	case "EntityDetail":
		payload = &EntityDetail{}
	case "EntityProxy":
		payload = &EntityProxy{}
	default:
		return nil, fieldError("class", fmt.Sprintf("entity class %q (use EntitySummary, EntityDetail or EntityProxy)", probe.Class), reflect.TypeOf(EntitySummary{}))
	}
	if err := json.Unmarshal(data, payload); err != nil {
		return nil, err
	}
	return payload, nil
}
