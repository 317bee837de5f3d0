package typesystem

import "encoding/json"

// Response is implemented by every response bean.
type Response interface {
	// Class returns the Java class name written as "class".
	Class() string
	// Envelope returns the fields every response shares, for setting the
	// requestId and the exception.
	Envelope() *OMRSAPIResponse
}

// responseConstructors builds an empty response for each class name.
var responseConstructors = map[string]func() Response{
	"VoidResponse":                 func() Response { return &VoidResponse{} },
	"BooleanResponse":              func() Response { return &BooleanResponse{} },
	"MetadataCollectionIdResponse": func() Response { return &MetadataCollectionIdResponse{} },
	"TypeDefGalleryResponse":       func() Response { return &TypeDefGalleryResponse{} },
	"TypeDefListResponse":          func() Response { return &TypeDefListResponse{} },
	"AttributeTypeDefListResponse": func() Response { return &AttributeTypeDefListResponse{} },
	"TypeDefResponse":              func() Response { return &TypeDefResponse{} },
	"AttributeTypeDefResponse":     func() Response { return &AttributeTypeDefResponse{} },
	"EntityDetailResponse":         func() Response { return &EntityDetailResponse{} },
	"EntitySummaryResponse":        func() Response { return &EntitySummaryResponse{} },
	"EntityListResponse":           func() Response { return &EntityListResponse{} },
	"RelationshipResponse":         func() Response { return &RelationshipResponse{} },
	"RelationshipListResponse":     func() Response { return &RelationshipListResponse{} },
	"ClassificationResponse":       func() Response { return &ClassificationResponse{} },
	"ClassificationListResponse":   func() Response { return &ClassificationListResponse{} },
	"InstanceGraphResponse":        func() Response { return &InstanceGraphResponse{} },
}

// NewResponse returns an empty response of the named class, such as
// "EntityDetailResponse", or false when no response has that class.
func NewResponse(class string) (Response, bool) {
	build, ok := responseConstructors[class]
	if !ok {
		return nil, false
	}
	return build(), true
}

// VoidResponse is the response of calls that return nothing.
type VoidResponse struct {
	OMRSAPIResponse
}

// Class implements Response.
func (*VoidResponse) Class() string { return "VoidResponse" }

// MarshalJSON writes "class" first.
func (r VoidResponse) MarshalJSON() ([]byte, error) {
	type plain VoidResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("VoidResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *VoidResponse) UnmarshalJSON(data []byte) error {
	type plain VoidResponse
	return decodeBean(data, (*plain)(r), "VoidResponse")
}

// BooleanResponse carries the result of verifyTypeDef and verifyAttributeTypeDef.
type BooleanResponse struct {
	OMRSAPIResponse
	Flag bool `json:"flag"`
}

// Class implements Response.
func (*BooleanResponse) Class() string { return "BooleanResponse" }

// MarshalJSON writes "class" first.
func (r BooleanResponse) MarshalJSON() ([]byte, error) {
	type plain BooleanResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("BooleanResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *BooleanResponse) UnmarshalJSON(data []byte) error {
	type plain BooleanResponse
	return decodeBean(data, (*plain)(r), "BooleanResponse")
}

// MetadataCollectionIdResponse carries the repository's metadata collection id.
type MetadataCollectionIdResponse struct {
	OMRSAPIResponse
	MetadataCollectionID string `json:"metadataCollectionId,omitempty"`
}

// Class implements Response.
func (*MetadataCollectionIdResponse) Class() string { return "MetadataCollectionIdResponse" }

// MarshalJSON writes "class" first.
func (r MetadataCollectionIdResponse) MarshalJSON() ([]byte, error) {
	type plain MetadataCollectionIdResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("MetadataCollectionIdResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *MetadataCollectionIdResponse) UnmarshalJSON(data []byte) error {
	type plain MetadataCollectionIdResponse
	return decodeBean(data, (*plain)(r), "MetadataCollectionIdResponse")
}

// TypeDefGalleryResponse carries AttributeTypeDefs and TypeDefs.
type TypeDefGalleryResponse struct {
	OMRSAPIResponse
	TypeDefs          []*TypeDef          `json:"typeDefs,omitempty"`
	AttributeTypeDefs []*AttributeTypeDef `json:"attributeTypeDefs,omitempty"`
}

// Class implements Response.
func (*TypeDefGalleryResponse) Class() string { return "TypeDefGalleryResponse" }

// MarshalJSON writes "class" first.
func (r TypeDefGalleryResponse) MarshalJSON() ([]byte, error) {
	type plain TypeDefGalleryResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("TypeDefGalleryResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *TypeDefGalleryResponse) UnmarshalJSON(data []byte) error {
	type plain TypeDefGalleryResponse
	return decodeBean(data, (*plain)(r), "TypeDefGalleryResponse")
}

// TypeDefListResponse carries a list of TypeDefs.
type TypeDefListResponse struct {
	OMRSAPIResponse
	TypeDefs []*TypeDef `json:"typeDefs,omitempty"`
}

// Class implements Response.
func (*TypeDefListResponse) Class() string { return "TypeDefListResponse" }

// MarshalJSON writes "class" first.
func (r TypeDefListResponse) MarshalJSON() ([]byte, error) {
	type plain TypeDefListResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("TypeDefListResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *TypeDefListResponse) UnmarshalJSON(data []byte) error {
	type plain TypeDefListResponse
	return decodeBean(data, (*plain)(r), "TypeDefListResponse")
}

// AttributeTypeDefListResponse carries a list of AttributeTypeDefs.
type AttributeTypeDefListResponse struct {
	OMRSAPIResponse
	AttributeTypeDefs []*AttributeTypeDef `json:"attributeTypeDefs,omitempty"`
}

// Class implements Response.
func (*AttributeTypeDefListResponse) Class() string { return "AttributeTypeDefListResponse" }

// MarshalJSON writes "class" first.
func (r AttributeTypeDefListResponse) MarshalJSON() ([]byte, error) {
	type plain AttributeTypeDefListResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("AttributeTypeDefListResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *AttributeTypeDefListResponse) UnmarshalJSON(data []byte) error {
	type plain AttributeTypeDefListResponse
	return decodeBean(data, (*plain)(r), "AttributeTypeDefListResponse")
}

// TypeDefResponse carries one TypeDef.
type TypeDefResponse struct {
	OMRSAPIResponse
	TypeDef *TypeDef `json:"typeDef,omitempty"`
}

// Class implements Response.
func (*TypeDefResponse) Class() string { return "TypeDefResponse" }

// MarshalJSON writes "class" first.
func (r TypeDefResponse) MarshalJSON() ([]byte, error) {
	type plain TypeDefResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("TypeDefResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *TypeDefResponse) UnmarshalJSON(data []byte) error {
	type plain TypeDefResponse
	return decodeBean(data, (*plain)(r), "TypeDefResponse")
}

// AttributeTypeDefResponse carries one AttributeTypeDef.
type AttributeTypeDefResponse struct {
	OMRSAPIResponse
	AttributeTypeDef *AttributeTypeDef `json:"attributeTypeDef,omitempty"`
}

// Class implements Response.
func (*AttributeTypeDefResponse) Class() string { return "AttributeTypeDefResponse" }

// MarshalJSON writes "class" first.
func (r AttributeTypeDefResponse) MarshalJSON() ([]byte, error) {
	type plain AttributeTypeDefResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("AttributeTypeDefResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *AttributeTypeDefResponse) UnmarshalJSON(data []byte) error {
	type plain AttributeTypeDefResponse
	return decodeBean(data, (*plain)(r), "AttributeTypeDefResponse")
}

// EntityDetailResponse carries one entity. isEntityKnown leaves Entity nil for an unknown GUID.
type EntityDetailResponse struct {
	OMRSAPIResponse
	Entity *EntityDetail `json:"entity,omitempty"`
}

// Class implements Response.
func (*EntityDetailResponse) Class() string { return "EntityDetailResponse" }

// MarshalJSON writes "class" first.
func (r EntityDetailResponse) MarshalJSON() ([]byte, error) {
	type plain EntityDetailResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("EntityDetailResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *EntityDetailResponse) UnmarshalJSON(data []byte) error {
	type plain EntityDetailResponse
	return decodeBean(data, (*plain)(r), "EntityDetailResponse")
}

// EntitySummaryResponse carries the entity of getEntitySummary, which may be an EntitySummary, EntityDetail or EntityProxy.
type EntitySummaryResponse struct {
	OMRSAPIResponse
	Entity EntitySummaryPayload `json:"entity,omitempty"`
}

// Class implements Response.
func (*EntitySummaryResponse) Class() string { return "EntitySummaryResponse" }

// MarshalJSON writes "class" first.
func (r EntitySummaryResponse) MarshalJSON() ([]byte, error) {
	type plain EntitySummaryResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("EntitySummaryResponse", p)
}

// UnmarshalJSON decodes the entity according to its "class".
func (r *EntitySummaryResponse) UnmarshalJSON(data []byte) error {
	var w struct {
		OMRSAPIResponse
		Entity json.RawMessage `json:"entity"`
	}
	if err := decodeBean(data, &w, "EntitySummaryResponse"); err != nil {
		return err
	}
	entity, err := DecodeEntitySummaryPayload(w.Entity)
	if err != nil {
		return err
	}
	r.OMRSAPIResponse = w.OMRSAPIResponse
	r.Entity = entity
	return nil
}

// EntityListResponse carries one page of entities.
type EntityListResponse struct {
	OMRSAPIResponse
	Entities []*EntityDetail `json:"entities,omitempty"`
	Offset   int             `json:"offset"`
	PageSize int             `json:"pageSize"`
}

// Class implements Response.
func (*EntityListResponse) Class() string { return "EntityListResponse" }

// MarshalJSON writes "class" first.
func (r EntityListResponse) MarshalJSON() ([]byte, error) {
	type plain EntityListResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("EntityListResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *EntityListResponse) UnmarshalJSON(data []byte) error {
	type plain EntityListResponse
	return decodeBean(data, (*plain)(r), "EntityListResponse")
}

// RelationshipResponse carries one relationship. isRelationshipKnown leaves Relationship nil for an unknown GUID.
type RelationshipResponse struct {
	OMRSAPIResponse
	Relationship *Relationship `json:"relationship,omitempty"`
}

// Class implements Response.
func (*RelationshipResponse) Class() string { return "RelationshipResponse" }

// MarshalJSON writes "class" first.
func (r RelationshipResponse) MarshalJSON() ([]byte, error) {
	type plain RelationshipResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("RelationshipResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *RelationshipResponse) UnmarshalJSON(data []byte) error {
	type plain RelationshipResponse
	return decodeBean(data, (*plain)(r), "RelationshipResponse")
}

// RelationshipListResponse carries one page of relationships.
type RelationshipListResponse struct {
	OMRSAPIResponse
	Relationships []*Relationship `json:"relationships,omitempty"`
	Offset        int             `json:"offset"`
	PageSize      int             `json:"pageSize"`
}

// Class implements Response.
func (*RelationshipListResponse) Class() string { return "RelationshipListResponse" }

// MarshalJSON writes "class" first.
func (r RelationshipListResponse) MarshalJSON() ([]byte, error) {
	type plain RelationshipListResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("RelationshipListResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *RelationshipListResponse) UnmarshalJSON(data []byte) error {
	type plain RelationshipListResponse
	return decodeBean(data, (*plain)(r), "RelationshipListResponse")
}

// ClassificationResponse carries one classification.
type ClassificationResponse struct {
	OMRSAPIResponse
	Classification *Classification `json:"classification,omitempty"`
}

// Class implements Response.
func (*ClassificationResponse) Class() string { return "ClassificationResponse" }

// MarshalJSON writes "class" first.
func (r ClassificationResponse) MarshalJSON() ([]byte, error) {
	type plain ClassificationResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("ClassificationResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *ClassificationResponse) UnmarshalJSON(data []byte) error {
	type plain ClassificationResponse
	return decodeBean(data, (*plain)(r), "ClassificationResponse")
}

// ClassificationListResponse carries one page of classifications.
type ClassificationListResponse struct {
	OMRSAPIResponse
	Classifications []*Classification `json:"classifications,omitempty"`
	Offset          int               `json:"offset"`
	PageSize        int               `json:"pageSize"`
}

// Class implements Response.
func (*ClassificationListResponse) Class() string { return "ClassificationListResponse" }

// MarshalJSON writes "class" first.
func (r ClassificationListResponse) MarshalJSON() ([]byte, error) {
	type plain ClassificationListResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("ClassificationListResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *ClassificationListResponse) UnmarshalJSON(data []byte) error {
	type plain ClassificationListResponse
	return decodeBean(data, (*plain)(r), "ClassificationListResponse")
}

// InstanceGraphResponse carries the entities and relationships of a legacy graph query.
type InstanceGraphResponse struct {
	OMRSAPIResponse
	EntityElementList       []*EntityDetail `json:"entityElementList,omitempty"`
	RelationshipElementList []*Relationship `json:"relationshipElementList,omitempty"`
}

// Class implements Response.
func (*InstanceGraphResponse) Class() string { return "InstanceGraphResponse" }

// MarshalJSON writes "class" first.
func (r InstanceGraphResponse) MarshalJSON() ([]byte, error) {
	type plain InstanceGraphResponse
	p := plain(r)
	p.OMRSAPIResponse = r.OMRSAPIResponse.withDefaults()
	return marshalWithClass("InstanceGraphResponse", p)
}

// UnmarshalJSON keeps numbers in exceptionProperties as json.Number.
func (r *InstanceGraphResponse) UnmarshalJSON(data []byte) error {
	type plain InstanceGraphResponse
	return decodeBean(data, (*plain)(r), "InstanceGraphResponse")
}
