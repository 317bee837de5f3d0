package typesystem

// TypeDefLink refers to a TypeDef by GUID and name.
type TypeDefLink struct {
	HeaderVersion      int64         `json:"headerVersion"`
	GUID               string        `json:"guid,omitempty"`
	Name               string        `json:"name,omitempty"`
	Status             TypeDefStatus `json:"status,omitempty"`
	ReplacedByTypeGUID string        `json:"replacedByTypeGUID,omitempty"`
	ReplacedByTypeName string        `json:"replacedByTypeName,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (l TypeDefLink) MarshalJSON() ([]byte, error) {
	type plain TypeDefLink
	p := plain(l)
	p.HeaderVersion = headerVersionOrCurrent(p.HeaderVersion)
	return marshalNoEscape(p)
}

// TypeDefSummary identifies a TypeDef and its version. Egeria's client may
// send a whole TypeDef in a field of this type, and decoding ignores the
// extra members.
type TypeDefSummary struct {
	HeaderVersion      int64           `json:"headerVersion"`
	GUID               string          `json:"guid,omitempty"`
	Name               string          `json:"name,omitempty"`
	Status             TypeDefStatus   `json:"status,omitempty"`
	ReplacedByTypeGUID string          `json:"replacedByTypeGUID,omitempty"`
	ReplacedByTypeName string          `json:"replacedByTypeName,omitempty"`
	Category           TypeDefCategory `json:"category,omitempty"`
	Version            int64           `json:"version"`
	VersionName        string          `json:"versionName,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (s TypeDefSummary) MarshalJSON() ([]byte, error) {
	type plain TypeDefSummary
	p := plain(s)
	p.HeaderVersion = headerVersionOrCurrent(p.HeaderVersion)
	return marshalNoEscape(p)
}

// TypeDef is an EntityDef, RelationshipDef or ClassificationDef. One struct
// stands for the three Java classes, and Category selects the class. Fields
// marked as belonging to one class are written only for that class.
type TypeDef struct {
	Category                 TypeDefCategory
	HeaderVersion            int64
	GUID                     string
	Name                     string
	Status                   TypeDefStatus
	ReplacedByTypeGUID       string
	ReplacedByTypeName       string
	Version                  int64
	VersionName              string
	SuperType                *TypeDefLink
	Description              string
	DescriptionGUID          string
	DescriptionWiki          string
	Origin                   string
	CreatedBy                string
	UpdatedBy                string
	CreateTime               *Millis
	UpdateTime               *Millis
	Options                  map[string]string
	ExternalStandardMappings []*ExternalStandardMapping
	ValidInstanceStatusList  []InstanceStatus
	InitialStatus            InstanceStatus
	// PropertiesDefinition lists the type's own attributes. Inherited
	// attributes come from Registry.Attributes.
	PropertiesDefinition []*TypeDefAttribute

	// RelationshipDef only.
	PropagationRule ClassificationPropagationRule
	EndDef1         *RelationshipEndDef
	EndDef2         *RelationshipEndDef
	MultiLink       bool

	// ClassificationDef only.
	ValidEntityDefs []*TypeDefLink
	Propagatable    bool
}

// Link returns a TypeDefLink to t.
func (t *TypeDef) Link() *TypeDefLink {
	return &TypeDefLink{
		HeaderVersion:      currentHeaderVersion,
		GUID:               t.GUID,
		Name:               t.Name,
		Status:             t.Status,
		ReplacedByTypeGUID: t.ReplacedByTypeGUID,
		ReplacedByTypeName: t.ReplacedByTypeName,
	}
}

// Summary returns a TypeDefSummary of t.
func (t *TypeDef) Summary() *TypeDefSummary {
	return &TypeDefSummary{
		HeaderVersion:      currentHeaderVersion,
		GUID:               t.GUID,
		Name:               t.Name,
		Status:             t.Status,
		ReplacedByTypeGUID: t.ReplacedByTypeGUID,
		ReplacedByTypeName: t.ReplacedByTypeName,
		Category:           t.Category,
		Version:            t.Version,
		VersionName:        t.VersionName,
	}
}

// InstanceType returns the InstanceType that instances of t carry.
func (t *TypeDef) InstanceType() *InstanceType {
	return &InstanceType{
		HeaderVersion:   currentHeaderVersion,
		TypeDefCategory: t.Category,
		TypeDefGUID:     t.GUID,
		TypeDefName:     t.Name,
		TypeDefVersion:  t.Version,
	}
}

// TypeDefAttribute is one attribute of a TypeDef.
type TypeDefAttribute struct {
	HeaderVersion            int64                      `json:"headerVersion"`
	AttributeName            string                     `json:"attributeName,omitempty"`
	AttributeType            *AttributeTypeDef          `json:"attributeType,omitempty"`
	AttributeStatus          TypeDefAttributeStatus     `json:"attributeStatus,omitempty"`
	ReplacedByAttribute      string                     `json:"replacedByAttribute,omitempty"`
	AttributeDescription     string                     `json:"attributeDescription,omitempty"`
	AttributeDescriptionGUID string                     `json:"attributeDescriptionGUID,omitempty"`
	AttributeCardinality     AttributeCardinality       `json:"attributeCardinality,omitempty"`
	ValuesMinCount           int                        `json:"valuesMinCount"`
	ValuesMaxCount           int                        `json:"valuesMaxCount"`
	Unique                   bool                       `json:"unique"`
	Indexable                bool                       `json:"indexable"`
	DefaultValue             string                     `json:"defaultValue,omitempty"`
	ExternalStandardMappings []*ExternalStandardMapping `json:"externalStandardMappings,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (a TypeDefAttribute) MarshalJSON() ([]byte, error) {
	type plain TypeDefAttribute
	p := plain(a)
	p.HeaderVersion = headerVersionOrCurrent(p.HeaderVersion)
	return marshalNoEscape(p)
}

// RelationshipEndDef describes one end of a RelationshipDef.
type RelationshipEndDef struct {
	HeaderVersion            int64                      `json:"headerVersion"`
	EntityType               *TypeDefLink               `json:"entityType,omitempty"`
	AttributeName            string                     `json:"attributeName,omitempty"`
	AttributeCardinality     RelationshipEndCardinality `json:"attributeCardinality,omitempty"`
	AttributeDescription     string                     `json:"attributeDescription,omitempty"`
	AttributeDescriptionGUID string                     `json:"attributeDescriptionGUID,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (e RelationshipEndDef) MarshalJSON() ([]byte, error) {
	type plain RelationshipEndDef
	p := plain(e)
	p.HeaderVersion = headerVersionOrCurrent(p.HeaderVersion)
	return marshalNoEscape(p)
}

// EnumElementDef is one value of an EnumDef.
type EnumElementDef struct {
	HeaderVersion   int64  `json:"headerVersion"`
	Ordinal         int    `json:"ordinal"`
	Value           string `json:"value,omitempty"`
	Description     string `json:"description,omitempty"`
	DescriptionGUID string `json:"descriptionGUID,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (e EnumElementDef) MarshalJSON() ([]byte, error) {
	type plain EnumElementDef
	p := plain(e)
	p.HeaderVersion = headerVersionOrCurrent(p.HeaderVersion)
	return marshalNoEscape(p)
}

// ExternalStandardMapping maps a type or attribute to a term of an external
// standard.
type ExternalStandardMapping struct {
	HeaderVersion        int64  `json:"headerVersion"`
	StandardName         string `json:"standardName,omitempty"`
	StandardOrganization string `json:"standardOrganization,omitempty"`
	StandardTypeName     string `json:"standardTypeName,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (m ExternalStandardMapping) MarshalJSON() ([]byte, error) {
	type plain ExternalStandardMapping
	p := plain(m)
	p.HeaderVersion = headerVersionOrCurrent(p.HeaderVersion)
	return marshalNoEscape(p)
}

// TypeDefPatch changes an existing TypeDef. Note the member names
// "propertyDefinitions" and "typeDefOptions", which differ from the TypeDef
// members "propertiesDefinition" and "options".
type TypeDefPatch struct {
	HeaderVersion            int64                      `json:"headerVersion"`
	TypeDefGUID              string                     `json:"typeDefGUID,omitempty"`
	TypeDefName              string                     `json:"typeDefName,omitempty"`
	TypeDefStatus            TypeDefStatus              `json:"typeDefStatus,omitempty"`
	ApplyToVersion           int64                      `json:"applyToVersion"`
	UpdateToVersion          int64                      `json:"updateToVersion"`
	NewVersionName           string                     `json:"newVersionName,omitempty"`
	UpdatedBy                string                     `json:"updatedBy,omitempty"`
	UpdateTime               *Millis                    `json:"updateTime,omitempty"`
	Description              string                     `json:"description,omitempty"`
	DescriptionGUID          string                     `json:"descriptionGUID,omitempty"`
	SuperType                *TypeDefLink               `json:"superType,omitempty"`
	PropertyDefinitions      []*TypeDefAttribute        `json:"propertyDefinitions,omitempty"`
	TypeDefOptions           map[string]string          `json:"typeDefOptions,omitempty"`
	ExternalStandardMappings []*ExternalStandardMapping `json:"externalStandardMappings,omitempty"`
	ValidInstanceStatusList  []InstanceStatus           `json:"validInstanceStatusList,omitempty"`
	InitialStatus            InstanceStatus             `json:"initialStatus,omitempty"`
	ValidEntityDefs          []*TypeDefLink             `json:"validEntityDefs,omitempty"`
	EndDef1                  *RelationshipEndDef        `json:"endDef1,omitempty"`
	EndDef2                  *RelationshipEndDef        `json:"endDef2,omitempty"`
	// UpdateMultiLink is true when MultiLink is part of the patch.
	UpdateMultiLink bool `json:"updateMultiLink"`
	MultiLink       bool `json:"multiLink"`
}

// MarshalJSON implements json.Marshaler.
func (p TypeDefPatch) MarshalJSON() ([]byte, error) {
	type plain TypeDefPatch
	w := plain(p)
	w.HeaderVersion = headerVersionOrCurrent(w.HeaderVersion)
	return marshalNoEscape(w)
}

// TypeDefProperties names attributes for findTypeDefsByProperty. Only the
// keys of the map matter.
type TypeDefProperties struct {
	HeaderVersion     int64          `json:"headerVersion"`
	TypeDefProperties map[string]any `json:"typeDefProperties,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (p TypeDefProperties) MarshalJSON() ([]byte, error) {
	type plain TypeDefProperties
	w := plain(p)
	w.HeaderVersion = headerVersionOrCurrent(w.HeaderVersion)
	return marshalNoEscape(w)
}

// UnmarshalJSON keeps numbers in the map as json.Number.
func (p *TypeDefProperties) UnmarshalJSON(data []byte) error {
	type plain TypeDefProperties
	return decodeBean(data, (*plain)(p), "TypeDefProperties")
}

// TypeDefGallery is a set of AttributeTypeDefs and TypeDefs.
type TypeDefGallery struct {
	HeaderVersion     int64               `json:"headerVersion"`
	AttributeTypeDefs []*AttributeTypeDef `json:"attributeTypeDefs,omitempty"`
	TypeDefs          []*TypeDef          `json:"typeDefs,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (g TypeDefGallery) MarshalJSON() ([]byte, error) {
	type plain TypeDefGallery
	w := plain(g)
	w.HeaderVersion = headerVersionOrCurrent(w.HeaderVersion)
	return marshalNoEscape(w)
}
