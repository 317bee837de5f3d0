package typesystem

// TypeDefCategoryRequest is the findTypeDefsByCategory request.
type TypeDefCategoryRequest struct {
	RequestID string          `json:"requestId,omitempty"`
	Category  TypeDefCategory `json:"category,omitempty"`
}

// Class implements Request.
func (TypeDefCategoryRequest) Class() string { return "TypeDefCategoryRequest" }

// ID implements Request.
func (r TypeDefCategoryRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r TypeDefCategoryRequest) MarshalJSON() ([]byte, error) {
	type plain TypeDefCategoryRequest
	return marshalWithClass("TypeDefCategoryRequest", plain(r))
}

// AttributeTypeDefCategoryRequest is the findAttributeTypeDefsByCategory request.
type AttributeTypeDefCategoryRequest struct {
	RequestID string                   `json:"requestId,omitempty"`
	Category  AttributeTypeDefCategory `json:"category,omitempty"`
}

// Class implements Request.
func (AttributeTypeDefCategoryRequest) Class() string { return "AttributeTypeDefCategoryRequest" }

// ID implements Request.
func (r AttributeTypeDefCategoryRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r AttributeTypeDefCategoryRequest) MarshalJSON() ([]byte, error) {
	type plain AttributeTypeDefCategoryRequest
	return marshalWithClass("AttributeTypeDefCategoryRequest", plain(r))
}

// TypeDefPropertiesRequest is the findTypeDefsByProperty request.
type TypeDefPropertiesRequest struct {
	RequestID         string             `json:"requestId,omitempty"`
	TypeDefProperties *TypeDefProperties `json:"typeDefProperties,omitempty"`
}

// Class implements Request.
func (TypeDefPropertiesRequest) Class() string { return "TypeDefPropertiesRequest" }

// ID implements Request.
func (r TypeDefPropertiesRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r TypeDefPropertiesRequest) MarshalJSON() ([]byte, error) {
	type plain TypeDefPropertiesRequest
	return marshalWithClass("TypeDefPropertiesRequest", plain(r))
}

// TypeDefRequest carries one TypeDef, for addTypeDef and verifyTypeDef.
type TypeDefRequest struct {
	RequestID string   `json:"requestId,omitempty"`
	TypeDef   *TypeDef `json:"typeDef,omitempty"`
}

// Class implements Request.
func (TypeDefRequest) Class() string { return "TypeDefRequest" }

// ID implements Request.
func (r TypeDefRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r TypeDefRequest) MarshalJSON() ([]byte, error) {
	type plain TypeDefRequest
	return marshalWithClass("TypeDefRequest", plain(r))
}

// AttributeTypeDefRequest carries one AttributeTypeDef, for addAttributeTypeDef and verifyAttributeTypeDef.
type AttributeTypeDefRequest struct {
	RequestID        string            `json:"requestId,omitempty"`
	AttributeTypeDef *AttributeTypeDef `json:"attributeTypeDef,omitempty"`
}

// Class implements Request.
func (AttributeTypeDefRequest) Class() string { return "AttributeTypeDefRequest" }

// ID implements Request.
func (r AttributeTypeDefRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r AttributeTypeDefRequest) MarshalJSON() ([]byte, error) {
	type plain AttributeTypeDefRequest
	return marshalWithClass("AttributeTypeDefRequest", plain(r))
}

// TypeDefGalleryRequest is the addTypeDefGallery request. Current Egeria clients fill only TypeDefs.
type TypeDefGalleryRequest struct {
	RequestID         string              `json:"requestId,omitempty"`
	AttributeTypeDefs []*AttributeTypeDef `json:"attributeTypeDefs,omitempty"`
	TypeDefs          []*TypeDef          `json:"typeDefs,omitempty"`
}

// Class implements Request.
func (TypeDefGalleryRequest) Class() string { return "TypeDefGalleryRequest" }

// ID implements Request.
func (r TypeDefGalleryRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r TypeDefGalleryRequest) MarshalJSON() ([]byte, error) {
	type plain TypeDefGalleryRequest
	return marshalWithClass("TypeDefGalleryRequest", plain(r))
}

// TypeDefPatchRequest is the updateTypeDef request.
type TypeDefPatchRequest struct {
	RequestID    string        `json:"requestId,omitempty"`
	TypeDefPatch *TypeDefPatch `json:"typeDefPatch,omitempty"`
}

// Class implements Request.
func (TypeDefPatchRequest) Class() string { return "TypeDefPatchRequest" }

// ID implements Request.
func (r TypeDefPatchRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r TypeDefPatchRequest) MarshalJSON() ([]byte, error) {
	type plain TypeDefPatchRequest
	return marshalWithClass("TypeDefPatchRequest", plain(r))
}

// TypeDefDeleteRequest is the deleteTypeDef and deleteAttributeTypeDef request.
type TypeDefDeleteRequest struct {
	RequestID           string `json:"requestId,omitempty"`
	ObsoleteTypeDefName string `json:"obsoleteTypeDefName,omitempty"`
}

// Class implements Request.
func (TypeDefDeleteRequest) Class() string { return "TypeDefDeleteRequest" }

// ID implements Request.
func (r TypeDefDeleteRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r TypeDefDeleteRequest) MarshalJSON() ([]byte, error) {
	type plain TypeDefDeleteRequest
	return marshalWithClass("TypeDefDeleteRequest", plain(r))
}

// TypeDefReIdentifyRequest is the reIdentifyTypeDef and reIdentifyAttributeTypeDef request.
type TypeDefReIdentifyRequest struct {
	RequestID           string `json:"requestId,omitempty"`
	OriginalTypeDefName string `json:"originalTypeDefName,omitempty"`
	NewTypeDefGUID      string `json:"newTypeDefGUID,omitempty"`
	NewTypeDefName      string `json:"newTypeDefName,omitempty"`
}

// Class implements Request.
func (TypeDefReIdentifyRequest) Class() string { return "TypeDefReIdentifyRequest" }

// ID implements Request.
func (r TypeDefReIdentifyRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r TypeDefReIdentifyRequest) MarshalJSON() ([]byte, error) {
	type plain TypeDefReIdentifyRequest
	return marshalWithClass("TypeDefReIdentifyRequest", plain(r))
}

// TypeDefValidationForRequest names the type the caller believes an instance has, for deletes, purges, re-identify and re-home.
type TypeDefValidationForRequest struct {
	RequestID   string `json:"requestId,omitempty"`
	TypeDefGUID string `json:"typeDefGUID,omitempty"`
	TypeDefName string `json:"typeDefName,omitempty"`
}

// Class implements Request.
func (TypeDefValidationForRequest) Class() string { return "TypeDefValidationForRequest" }

// ID implements Request.
func (r TypeDefValidationForRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r TypeDefValidationForRequest) MarshalJSON() ([]byte, error) {
	type plain TypeDefValidationForRequest
	return marshalWithClass("TypeDefValidationForRequest", plain(r))
}

// TypeDefChangeRequest is the reTypeEntity and reTypeRelationship request.
type TypeDefChangeRequest struct {
	RequestID      string          `json:"requestId,omitempty"`
	CurrentTypeDef *TypeDefSummary `json:"currentTypeDef,omitempty"`
	NewTypeDef     *TypeDefSummary `json:"newTypeDef,omitempty"`
}

// Class implements Request.
func (TypeDefChangeRequest) Class() string { return "TypeDefChangeRequest" }

// ID implements Request.
func (r TypeDefChangeRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r TypeDefChangeRequest) MarshalJSON() ([]byte, error) {
	type plain TypeDefChangeRequest
	return marshalWithClass("TypeDefChangeRequest", plain(r))
}
