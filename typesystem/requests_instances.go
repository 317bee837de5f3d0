package typesystem

// Request is implemented by every request bean.
type Request interface {
	// Class returns the Java class name written as "class".
	Class() string
	// ID returns the requestId, which may be empty.
	ID() string
}

// GetRequest is the optional body of read requests.
type GetRequest struct {
	RequestID string `json:"requestId,omitempty"`
}

// Class implements Request.
func (GetRequest) Class() string { return "GetRequest" }

// ID implements Request.
func (r GetRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r GetRequest) MarshalJSON() ([]byte, error) {
	type plain GetRequest
	return marshalWithClass("GetRequest", plain(r))
}

// HistoryRequest selects the state of an instance at a point in time.
type HistoryRequest struct {
	RequestID string `json:"requestId,omitempty"`
	// AsOfTime selects the state at that time. Nil means now.
	AsOfTime *Millis `json:"asOfTime,omitempty"`
}

// Class implements Request.
func (HistoryRequest) Class() string { return "HistoryRequest" }

// ID implements Request.
func (r HistoryRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r HistoryRequest) MarshalJSON() ([]byte, error) {
	type plain HistoryRequest
	return marshalWithClass("HistoryRequest", plain(r))
}

// HistoryRangeRequest selects the versions of an instance between two times.
type HistoryRangeRequest struct {
	RequestID string  `json:"requestId,omitempty"`
	FromTime  *Millis `json:"fromTime,omitempty"`
	ToTime    *Millis `json:"toTime,omitempty"`
	Offset    int     `json:"offset"`
	PageSize  int     `json:"pageSize"`
	// SequencingOrder defaults to BACKWARDS, newest first.
	SequencingOrder HistorySequencingOrder `json:"sequencingOrder,omitempty"`
}

// Class implements Request.
func (HistoryRangeRequest) Class() string { return "HistoryRangeRequest" }

// ID implements Request.
func (r HistoryRangeRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r HistoryRangeRequest) MarshalJSON() ([]byte, error) {
	type plain HistoryRangeRequest
	return marshalWithClass("HistoryRangeRequest", plain(r))
}

// InstancePropertiesRequest carries a complete set of properties for an update.
type InstancePropertiesRequest struct {
	RequestID          string              `json:"requestId,omitempty"`
	InstanceProperties *InstanceProperties `json:"instanceProperties,omitempty"`
}

// Class implements Request.
func (InstancePropertiesRequest) Class() string { return "InstancePropertiesRequest" }

// ID implements Request.
func (r InstancePropertiesRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r InstancePropertiesRequest) MarshalJSON() ([]byte, error) {
	type plain InstancePropertiesRequest
	return marshalWithClass("InstancePropertiesRequest", plain(r))
}

// ProxyClassificationRequest classifies, or updates the classification of, an entity given as a proxy.
type ProxyClassificationRequest struct {
	RequestID          string              `json:"requestId,omitempty"`
	InstanceProperties *InstanceProperties `json:"instanceProperties,omitempty"`
	EntityProxy        *EntityProxy        `json:"entityProxy,omitempty"`
}

// Class implements Request.
func (ProxyClassificationRequest) Class() string { return "ProxyClassificationRequest" }

// ID implements Request.
func (r ProxyClassificationRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r ProxyClassificationRequest) MarshalJSON() ([]byte, error) {
	type plain ProxyClassificationRequest
	return marshalWithClass("ProxyClassificationRequest", plain(r))
}

// ClassificationRequest is the detailed classifyEntity request.
type ClassificationRequest struct {
	RequestID                string               `json:"requestId,omitempty"`
	ClassificationOrigin     ClassificationOrigin `json:"classificationOrigin,omitempty"`
	ClassificationOriginGUID string               `json:"classificationOriginGUID,omitempty"`
	ClassificationProperties *InstanceProperties  `json:"classificationProperties,omitempty"`
	// MetadataCollectionID is the GUID of the external source, for the external variants.
	MetadataCollectionID   string `json:"metadataCollectionId,omitempty"`
	MetadataCollectionName string `json:"metadataCollectionName,omitempty"`
}

// Class implements Request.
func (ClassificationRequest) Class() string { return "ClassificationRequest" }

// ID implements Request.
func (r ClassificationRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r ClassificationRequest) MarshalJSON() ([]byte, error) {
	type plain ClassificationRequest
	return marshalWithClass("ClassificationRequest", plain(r))
}

// ClassificationProxyRequest is the detailed classifyEntity request for an entity given as a proxy.
type ClassificationProxyRequest struct {
	RequestID                string               `json:"requestId,omitempty"`
	ClassificationOrigin     ClassificationOrigin `json:"classificationOrigin,omitempty"`
	ClassificationOriginGUID string               `json:"classificationOriginGUID,omitempty"`
	ClassificationProperties *InstanceProperties  `json:"classificationProperties,omitempty"`
	// MetadataCollectionID is the GUID of the external source, for the external variants.
	MetadataCollectionID   string       `json:"metadataCollectionId,omitempty"`
	MetadataCollectionName string       `json:"metadataCollectionName,omitempty"`
	EntityProxy            *EntityProxy `json:"entityProxy,omitempty"`
}

// Class implements Request.
func (ClassificationProxyRequest) Class() string { return "ClassificationProxyRequest" }

// ID implements Request.
func (r ClassificationProxyRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r ClassificationProxyRequest) MarshalJSON() ([]byte, error) {
	type plain ClassificationProxyRequest
	return marshalWithClass("ClassificationProxyRequest", plain(r))
}

// ClassificationWithEntityRequest carries a classification reference copy with either the full entity or a proxy. The server uses Entity when both are present.
type ClassificationWithEntityRequest struct {
	RequestID      string          `json:"requestId,omitempty"`
	Classification *Classification `json:"classification,omitempty"`
	Entity         *EntityDetail   `json:"entity,omitempty"`
	EntityProxy    *EntityProxy    `json:"entityProxy,omitempty"`
}

// Class implements Request.
func (ClassificationWithEntityRequest) Class() string { return "ClassificationWithEntityRequest" }

// ID implements Request.
func (r ClassificationWithEntityRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r ClassificationWithEntityRequest) MarshalJSON() ([]byte, error) {
	type plain ClassificationWithEntityRequest
	return marshalWithClass("ClassificationWithEntityRequest", plain(r))
}

// EntityCreateRequest is the addEntity and addExternalEntity request.
type EntityCreateRequest struct {
	RequestID              string              `json:"requestId,omitempty"`
	EntityTypeGUID         string              `json:"entityTypeGUID,omitempty"`
	InitialProperties      *InstanceProperties `json:"initialProperties,omitempty"`
	InitialClassifications []*Classification   `json:"initialClassifications,omitempty"`
	InitialStatus          InstanceStatus      `json:"initialStatus,omitempty"`
	// MetadataCollectionID is the GUID of the external source, for the external variants.
	MetadataCollectionID   string `json:"metadataCollectionId,omitempty"`
	MetadataCollectionName string `json:"metadataCollectionName,omitempty"`
}

// Class implements Request.
func (EntityCreateRequest) Class() string { return "EntityCreateRequest" }

// ID implements Request.
func (r EntityCreateRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r EntityCreateRequest) MarshalJSON() ([]byte, error) {
	type plain EntityCreateRequest
	return marshalWithClass("EntityCreateRequest", plain(r))
}

// RelationshipCreateRequest is the addRelationship and addExternalRelationship request.
type RelationshipCreateRequest struct {
	RequestID            string              `json:"requestId,omitempty"`
	RelationshipTypeGUID string              `json:"relationshipTypeGUID,omitempty"`
	InitialProperties    *InstanceProperties `json:"initialProperties,omitempty"`
	EntityOneGUID        string              `json:"entityOneGUID,omitempty"`
	EntityTwoGUID        string              `json:"entityTwoGUID,omitempty"`
	InitialStatus        InstanceStatus      `json:"initialStatus,omitempty"`
	// MetadataCollectionID is the GUID of the external source, for the external variants.
	MetadataCollectionID   string `json:"metadataCollectionId,omitempty"`
	MetadataCollectionName string `json:"metadataCollectionName,omitempty"`
}

// Class implements Request.
func (RelationshipCreateRequest) Class() string { return "RelationshipCreateRequest" }

// ID implements Request.
func (r RelationshipCreateRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r RelationshipCreateRequest) MarshalJSON() ([]byte, error) {
	type plain RelationshipCreateRequest
	return marshalWithClass("RelationshipCreateRequest", plain(r))
}

// EntityProxyRequest carries an entity proxy, for addEntityProxy and the proxy declassify.
type EntityProxyRequest struct {
	RequestID string       `json:"requestId,omitempty"`
	Entity    *EntityProxy `json:"entity,omitempty"`
}

// Class implements Request.
func (EntityProxyRequest) Class() string { return "EntityProxyRequest" }

// ID implements Request.
func (r EntityProxyRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r EntityProxyRequest) MarshalJSON() ([]byte, error) {
	type plain EntityProxyRequest
	return marshalWithClass("EntityProxyRequest", plain(r))
}

// EntityDetailRequest carries an entity reference copy.
type EntityDetailRequest struct {
	RequestID string        `json:"requestId,omitempty"`
	Entity    *EntityDetail `json:"entity,omitempty"`
}

// Class implements Request.
func (EntityDetailRequest) Class() string { return "EntityDetailRequest" }

// ID implements Request.
func (r EntityDetailRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r EntityDetailRequest) MarshalJSON() ([]byte, error) {
	type plain EntityDetailRequest
	return marshalWithClass("EntityDetailRequest", plain(r))
}

// RelationshipRequest carries a relationship reference copy.
type RelationshipRequest struct {
	RequestID    string        `json:"requestId,omitempty"`
	Relationship *Relationship `json:"relationship,omitempty"`
}

// Class implements Request.
func (RelationshipRequest) Class() string { return "RelationshipRequest" }

// ID implements Request.
func (r RelationshipRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r RelationshipRequest) MarshalJSON() ([]byte, error) {
	type plain RelationshipRequest
	return marshalWithClass("RelationshipRequest", plain(r))
}

// InstanceGraphRequest carries a batch of reference copies for saveInstanceReferenceCopies.
type InstanceGraphRequest struct {
	RequestID               string          `json:"requestId,omitempty"`
	EntityElementList       []*EntityDetail `json:"entityElementList,omitempty"`
	RelationshipElementList []*Relationship `json:"relationshipElementList,omitempty"`
}

// Class implements Request.
func (InstanceGraphRequest) Class() string { return "InstanceGraphRequest" }

// ID implements Request.
func (r InstanceGraphRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r InstanceGraphRequest) MarshalJSON() ([]byte, error) {
	type plain InstanceGraphRequest
	return marshalWithClass("InstanceGraphRequest", plain(r))
}

// InstanceStatusRequest carries a status. Egeria defines it but its client sends a bare JSON string instead.
type InstanceStatusRequest struct {
	RequestID      string         `json:"requestId,omitempty"`
	InstanceStatus InstanceStatus `json:"instanceStatus,omitempty"`
}

// Class implements Request.
func (InstanceStatusRequest) Class() string { return "InstanceStatusRequest" }

// ID implements Request.
func (r InstanceStatusRequest) ID() string { return r.RequestID }

// MarshalJSON writes "class" first.
func (r InstanceStatusRequest) MarshalJSON() ([]byte, error) {
	type plain InstanceStatusRequest
	return marshalWithClass("InstanceStatusRequest", plain(r))
}
