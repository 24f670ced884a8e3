// @ts-nocheck
/**
 * Validators of what a client sends: request bodies, the list query and a snapshot ID.
 * Generated from spec/ by `npm run build` (Ajv standalone code); do not edit by hand.
 */
"use strict";
export const validateCreateSnapshotRequest = validate20;
const schema31 = {"$ref":"urn:evs:schemas#/$defs/CreateSnapshotRequest","$id":"urn:evs:validateCreateSnapshotRequest"};
const schema33 = {"type":"object","required":["snapshot"],"additionalProperties":false,"properties":{"snapshot":{"$ref":"urn:evs:schemas#/$defs/CreateSnapshotOption"}}};
const schema34 = {"type":"object","required":["volume_id"],"additionalProperties":false,"properties":{"volume_id":{"$ref":"urn:evs:schemas#/$defs/VolumeId"},"force":{"type":"boolean"},"metadata":{"$ref":"urn:evs:schemas#/$defs/SnapshotMetadata"},"description":{"anyOf":[{"$ref":"urn:evs:schemas#/$defs/SnapshotDescription"},{"type":"null"}]},"name":{"$ref":"urn:evs:schemas#/$defs/SnapshotName"}}};
const schema35 = {"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"};
const schema36 = {"type":"object","additionalProperties":{"type":"string"}};
const schema37 = {"type":"string","maxLength":255};
const schema38 = {"type":"string","maxLength":255};
const pattern4 = new RegExp("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", "u");
const func1 = (function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
});

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.volume_id === undefined) && (missing0 = "volume_id")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "volume_id") || (key0 === "force")) || (key0 === "metadata")) || (key0 === "description")) || (key0 === "name"))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.volume_id !== undefined){
let data0 = data.volume_id;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate23.errors = [{instancePath:instancePath+"/volume_id",schemaPath:"urn:evs:schemas#/$defs/VolumeId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"}}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/volume_id",schemaPath:"urn:evs:schemas#/$defs/VolumeId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.force !== undefined){
const _errs5 = errors;
if(typeof data.force !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/force",schemaPath:"#/properties/force/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
let data2 = data.metadata;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs11 = errors;
if(typeof data2[key1] !== "string"){
validate23.errors = [{instancePath:instancePath+"/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadata/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/metadata",schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadata/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data4 = data.description;
const _errs13 = errors;
const _errs14 = errors;
let valid4 = false;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(func1(data4) > 255){
const err0 = {instancePath:instancePath+"/description",schemaPath:"urn:evs:schemas#/$defs/SnapshotDescription/maxLength",keyword:"maxLength",params:{limit: 255}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/description",schemaPath:"urn:evs:schemas#/$defs/SnapshotDescription/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs15 === errors;
valid4 = valid4 || _valid0;
const _errs18 = errors;
if(data4 !== null){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data5 = data.name;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data5 === "string"){
if(func1(data5) > 255){
validate23.errors = [{instancePath:instancePath+"/name",schemaPath:"urn:evs:schemas#/$defs/SnapshotName/maxLength",keyword:"maxLength",params:{limit: 255}}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/name",schemaPath:"urn:evs:schemas#/$defs/SnapshotName/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.snapshot === undefined) && (missing0 = "snapshot")){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "snapshot")){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.snapshot !== undefined){
if(!(validate23(data.snapshot, {instancePath:instancePath+"/snapshot",parentData:data,parentDataProperty:"snapshot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateCreateSnapshotRequest" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateUpdateSnapshotRequest = validate26;
const schema39 = {"$ref":"urn:evs:schemas#/$defs/UpdateSnapshotRequest","$id":"urn:evs:validateUpdateSnapshotRequest"};
const schema40 = {"type":"object","required":["snapshot"],"additionalProperties":false,"properties":{"snapshot":{"$ref":"urn:evs:schemas#/$defs/UpdateSnapshotOption"}}};
const schema41 = {"type":"object","additionalProperties":false,"properties":{"name":{"$ref":"urn:evs:schemas#/$defs/SnapshotName"},"description":{"$ref":"urn:evs:schemas#/$defs/SnapshotDescription"}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "description"))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func1(data0) > 255){
validate28.errors = [{instancePath:instancePath+"/name",schemaPath:"urn:evs:schemas#/$defs/SnapshotName/maxLength",keyword:"maxLength",params:{limit: 255}}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/name",schemaPath:"urn:evs:schemas#/$defs/SnapshotName/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data1 = data.description;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func1(data1) > 255){
validate28.errors = [{instancePath:instancePath+"/description",schemaPath:"urn:evs:schemas#/$defs/SnapshotDescription/maxLength",keyword:"maxLength",params:{limit: 255}}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/description",schemaPath:"urn:evs:schemas#/$defs/SnapshotDescription/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.snapshot === undefined) && (missing0 = "snapshot")){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "snapshot")){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.snapshot !== undefined){
if(!(validate28(data.snapshot, {instancePath:instancePath+"/snapshot",parentData:data,parentDataProperty:"snapshot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateUpdateSnapshotRequest" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateRollbackRequest = validate31;
const schema44 = {"$ref":"urn:evs:schemas#/$defs/RollbackRequest","$id":"urn:evs:validateRollbackRequest"};
const schema45 = {"type":"object","required":["rollback"],"additionalProperties":false,"properties":{"rollback":{"$ref":"urn:evs:schemas#/$defs/RollbackOption"}}};
const schema46 = {"type":"object","required":["volume_id"],"additionalProperties":false,"properties":{"volume_id":{"$ref":"urn:evs:schemas#/$defs/VolumeId"},"name":{"type":"string","maxLength":255}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.volume_id === undefined) && (missing0 = "volume_id")){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "volume_id") || (key0 === "name"))){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.volume_id !== undefined){
let data0 = data.volume_id;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate33.errors = [{instancePath:instancePath+"/volume_id",schemaPath:"urn:evs:schemas#/$defs/VolumeId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"}}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/volume_id",schemaPath:"urn:evs:schemas#/$defs/VolumeId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data1 = data.name;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func1(data1) > 255){
validate33.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255}}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.rollback === undefined) && (missing0 = "rollback")){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "rollback")){
validate32.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.rollback !== undefined){
if(!(validate33(data.rollback, {instancePath:instancePath+"/rollback",parentData:data,parentDataProperty:"rollback",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateRollbackRequest" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateCreateVolumeRequest = validate36;
const schema48 = {"$ref":"urn:evs:schemas#/$defs/CreateVolumeRequest","$id":"urn:evs:validateCreateVolumeRequest"};
const schema49 = {"type":"object","required":["volume"],"additionalProperties":false,"properties":{"volume":{"$ref":"urn:evs:schemas#/$defs/CreateVolumeOption"}}};
const schema50 = {"type":"object","required":["availability_zone","volume_type"],"additionalProperties":false,"anyOf":[{"required":["size"]},{"required":["backup_id"]}],"dependentSchemas":{"snapshot_id":{"additionalProperties":true,"properties":{"imageRef":false,"backup_id":false}},"imageRef":{"additionalProperties":true,"properties":{"backup_id":false}}},"properties":{"availability_zone":{"type":"string","minLength":1},"size":{"type":"integer","minimum":1,"maximum":32768},"volume_type":{"$ref":"urn:evs:schemas#/$defs/VolumeType"},"snapshot_id":{"$ref":"urn:evs:schemas#/$defs/SnapshotId"},"imageRef":{"type":"string","minLength":1},"backup_id":{"type":"string","minLength":1},"count":{"type":"integer","minimum":1,"maximum":100},"name":{"type":"string","maxLength":255},"description":{"type":"string"},"metadata":{"$ref":"urn:evs:schemas#/$defs/VolumeMetadata"},"multiattach":{"type":"boolean"},"shareable":{"type":"string"},"tags":{"$ref":"urn:evs:schemas#/$defs/VolumeTags"},"enterprise_project_id":{"type":"string"},"iops":{"type":"integer"},"throughput":{"type":"integer"}}};
const schema51 = {"type":"string","enum":["ESSD","GPSSD","SSD","SAS","SATA","GPSSD2","ESSD2"]};
const schema52 = {"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"};
const schema53 = {"type":"object","additionalProperties":{"type":"string"}};
const schema54 = {"type":"object","maxProperties":10,"propertyNames":{"pattern":"^[A-Za-z0-9_-]{1,36}$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z0-9_-]{0,43}$"}};
const func6 = Object.prototype.hasOwnProperty;
const pattern7 = new RegExp("^[A-Za-z0-9_-]{1,36}$", "u");
const pattern8 = new RegExp("^[A-Za-z0-9_-]{0,43}$", "u");

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.size === undefined) && (missing0 = "size")){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: missing0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.backup_id === undefined) && (missing1 = "backup_id")){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: missing1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate38.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.availability_zone === undefined) && (missing2 = "availability_zone")) || ((data.volume_type === undefined) && (missing2 = "volume_type"))){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!(func6.call(schema50.properties, key0))){
validate38.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.availability_zone !== undefined){
let data0 = data.availability_zone;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate38.errors = [{instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.size !== undefined){
let data1 = data.size;
const _errs7 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate38.errors = [{instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs7){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 32768 || isNaN(data1)){
validate38.errors = [{instancePath:instancePath+"/size",schemaPath:"#/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 32768}}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate38.errors = [{instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.volume_type !== undefined){
let data2 = data.volume_type;
const _errs9 = errors;
if(typeof data2 !== "string"){
validate38.errors = [{instancePath:instancePath+"/volume_type",schemaPath:"urn:evs:schemas#/$defs/VolumeType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((((data2 === "ESSD") || (data2 === "GPSSD")) || (data2 === "SSD")) || (data2 === "SAS")) || (data2 === "SATA")) || (data2 === "GPSSD2")) || (data2 === "ESSD2"))){
validate38.errors = [{instancePath:instancePath+"/volume_type",schemaPath:"urn:evs:schemas#/$defs/VolumeType/enum",keyword:"enum",params:{allowedValues: schema51.enum}}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.snapshot_id !== undefined){
let data3 = data.snapshot_id;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
validate38.errors = [{instancePath:instancePath+"/snapshot_id",schemaPath:"urn:evs:schemas#/$defs/SnapshotId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"}}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/snapshot_id",schemaPath:"urn:evs:schemas#/$defs/SnapshotId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.imageRef !== undefined){
let data4 = data.imageRef;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data4 === "string"){
if(func1(data4) < 1){
validate38.errors = [{instancePath:instancePath+"/imageRef",schemaPath:"#/properties/imageRef/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/imageRef",schemaPath:"#/properties/imageRef/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.backup_id !== undefined){
let data5 = data.backup_id;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate38.errors = [{instancePath:instancePath+"/backup_id",schemaPath:"#/properties/backup_id/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/backup_id",schemaPath:"#/properties/backup_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.count !== undefined){
let data6 = data.count;
const _errs19 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate38.errors = [{instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs19){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 100 || isNaN(data6)){
validate38.errors = [{instancePath:instancePath+"/count",schemaPath:"#/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}}];
return false;
}
else {
if(data6 < 1 || isNaN(data6)){
validate38.errors = [{instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.name !== undefined){
let data7 = data.name;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data7 === "string"){
if(func1(data7) > 255){
validate38.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255}}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.description !== undefined){
const _errs23 = errors;
if(typeof data.description !== "string"){
validate38.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs23 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.metadata !== undefined){
let data9 = data.metadata;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
const _errs29 = errors;
if(typeof data9[key1] !== "string"){
validate38.errors = [{instancePath:instancePath+"/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/VolumeMetadata/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs29 === errors;
if(!valid5){
break;
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/metadata",schemaPath:"urn:evs:schemas#/$defs/VolumeMetadata/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs25 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.multiattach !== undefined){
const _errs31 = errors;
if(typeof data.multiattach !== "boolean"){
validate38.errors = [{instancePath:instancePath+"/multiattach",schemaPath:"#/properties/multiattach/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid1 = _errs31 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.shareable !== undefined){
const _errs33 = errors;
if(typeof data.shareable !== "string"){
validate38.errors = [{instancePath:instancePath+"/shareable",schemaPath:"#/properties/shareable/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs33 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.tags !== undefined){
let data13 = data.tags;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(Object.keys(data13).length > 10){
validate38.errors = [{instancePath:instancePath+"/tags",schemaPath:"urn:evs:schemas#/$defs/VolumeTags/maxProperties",keyword:"maxProperties",params:{limit: 10}}];
return false;
}
else {
for(const key2 in data13){
const _errs38 = errors;
if(typeof key2 === "string"){
if(!pattern7.test(key2)){
const err3 = {instancePath:instancePath+"/tags",schemaPath:"urn:evs:schemas#/$defs/VolumeTags/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,36}$"},propertyName:key2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid7 = _errs38 === errors;
if(!valid7){
const err4 = {instancePath:instancePath+"/tags",schemaPath:"urn:evs:schemas#/$defs/VolumeTags/propertyNames",keyword:"propertyNames",params:{propertyName: key2}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate38.errors = vErrors;
return false;
break;
}
}
if(valid7){
for(const key3 in data13){
let data14 = data13[key3];
const _errs40 = errors;
if(errors === _errs40){
if(typeof data14 === "string"){
if(!pattern8.test(data14)){
validate38.errors = [{instancePath:instancePath+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/VolumeTags/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{0,43}$"}}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/VolumeTags/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid8 = _errs40 === errors;
if(!valid8){
break;
}
}
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/tags",schemaPath:"urn:evs:schemas#/$defs/VolumeTags/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs35 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.enterprise_project_id !== undefined){
const _errs42 = errors;
if(typeof data.enterprise_project_id !== "string"){
validate38.errors = [{instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/properties/enterprise_project_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs42 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.iops !== undefined){
let data16 = data.iops;
const _errs44 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate38.errors = [{instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid1 = _errs44 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.throughput !== undefined){
let data17 = data.throughput;
const _errs46 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate38.errors = [{instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/type",keyword:"type",params:{type: "integer"}}];
return false;
}
var valid1 = _errs46 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.snapshot_id !== undefined){
const _errs48 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.imageRef !== undefined){
var valid10 = false;
validate38.errors = [{instancePath:instancePath+"/imageRef",schemaPath:"#/dependentSchemas/snapshot_id/properties/imageRef/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid10 = true;
}
if(valid10){
if(data.backup_id !== undefined){
var valid10 = false;
validate38.errors = [{instancePath:instancePath+"/backup_id",schemaPath:"#/dependentSchemas/snapshot_id/properties/backup_id/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid10 = true;
}
}
}
var valid9 = _errs48 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.imageRef !== undefined){
const _errs50 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.backup_id !== undefined){
validate38.errors = [{instancePath:instancePath+"/backup_id",schemaPath:"#/dependentSchemas/imageRef/properties/backup_id/false schema",keyword:"false schema",params:{}}];
return false;
}
}
var valid9 = _errs50 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.volume === undefined) && (missing0 = "volume")){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "volume")){
validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.volume !== undefined){
if(!(validate38(data.volume, {instancePath:instancePath+"/volume",parentData:data,parentDataProperty:"volume",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateCreateVolumeRequest" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateCreateVolumeV21Request = validate41;
const schema55 = {"$ref":"urn:evs:schemas#/$defs/CreateVolumeV21Request","$id":"urn:evs:validateCreateVolumeV21Request"};
const schema56 = {"type":"object","required":["volume"],"additionalProperties":false,"properties":{"volume":{"$ref":"urn:evs:schemas#/$defs/CreateVolumeOption"},"bssParam":{"$ref":"urn:evs:schemas#/$defs/BssParam"},"server_id":{"type":"string","minLength":1},"OS-SCH-HNT:scheduler_hints":{"type":"object","additionalProperties":false,"properties":{"dedicated_storage_id":{"type":"string"}}}}};
const schema57 = {"type":"object","additionalProperties":false,"properties":{"chargingMode":{"type":"string","enum":["postPaid","prePaid"]},"isAutoPay":{"type":"string","enum":["true","false"]},"isAutoRenew":{"type":"string","enum":["true","false"]},"periodType":{"type":"string","enum":["month","year"]},"periodNum":{"type":"integer","minimum":1,"maximum":9}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.volume === undefined) && (missing0 = "volume")){
validate42.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "volume") || (key0 === "bssParam")) || (key0 === "server_id")) || (key0 === "OS-SCH-HNT:scheduler_hints"))){
validate42.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.volume !== undefined){
const _errs2 = errors;
if(!(validate38(data.volume, {instancePath:instancePath+"/volume",parentData:data,parentDataProperty:"volume",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bssParam !== undefined){
let data1 = data.bssParam;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs6 = errors;
for(const key1 in data1){
if(!(((((key1 === "chargingMode") || (key1 === "isAutoPay")) || (key1 === "isAutoRenew")) || (key1 === "periodType")) || (key1 === "periodNum"))){
validate42.errors = [{instancePath:instancePath+"/bssParam",schemaPath:"urn:evs:schemas#/$defs/BssParam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.chargingMode !== undefined){
let data2 = data1.chargingMode;
const _errs7 = errors;
if(typeof data2 !== "string"){
validate42.errors = [{instancePath:instancePath+"/bssParam/chargingMode",schemaPath:"urn:evs:schemas#/$defs/BssParam/properties/chargingMode/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data2 === "postPaid") || (data2 === "prePaid"))){
validate42.errors = [{instancePath:instancePath+"/bssParam/chargingMode",schemaPath:"urn:evs:schemas#/$defs/BssParam/properties/chargingMode/enum",keyword:"enum",params:{allowedValues: schema57.properties.chargingMode.enum}}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.isAutoPay !== undefined){
let data3 = data1.isAutoPay;
const _errs9 = errors;
if(typeof data3 !== "string"){
validate42.errors = [{instancePath:instancePath+"/bssParam/isAutoPay",schemaPath:"urn:evs:schemas#/$defs/BssParam/properties/isAutoPay/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data3 === "true") || (data3 === "false"))){
validate42.errors = [{instancePath:instancePath+"/bssParam/isAutoPay",schemaPath:"urn:evs:schemas#/$defs/BssParam/properties/isAutoPay/enum",keyword:"enum",params:{allowedValues: schema57.properties.isAutoPay.enum}}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.isAutoRenew !== undefined){
let data4 = data1.isAutoRenew;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate42.errors = [{instancePath:instancePath+"/bssParam/isAutoRenew",schemaPath:"urn:evs:schemas#/$defs/BssParam/properties/isAutoRenew/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data4 === "true") || (data4 === "false"))){
validate42.errors = [{instancePath:instancePath+"/bssParam/isAutoRenew",schemaPath:"urn:evs:schemas#/$defs/BssParam/properties/isAutoRenew/enum",keyword:"enum",params:{allowedValues: schema57.properties.isAutoRenew.enum}}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.periodType !== undefined){
let data5 = data1.periodType;
const _errs13 = errors;
if(typeof data5 !== "string"){
validate42.errors = [{instancePath:instancePath+"/bssParam/periodType",schemaPath:"urn:evs:schemas#/$defs/BssParam/properties/periodType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data5 === "month") || (data5 === "year"))){
validate42.errors = [{instancePath:instancePath+"/bssParam/periodType",schemaPath:"urn:evs:schemas#/$defs/BssParam/properties/periodType/enum",keyword:"enum",params:{allowedValues: schema57.properties.periodType.enum}}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.periodNum !== undefined){
let data6 = data1.periodNum;
const _errs15 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate42.errors = [{instancePath:instancePath+"/bssParam/periodNum",schemaPath:"urn:evs:schemas#/$defs/BssParam/properties/periodNum/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs15){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9 || isNaN(data6)){
validate42.errors = [{instancePath:instancePath+"/bssParam/periodNum",schemaPath:"urn:evs:schemas#/$defs/BssParam/properties/periodNum/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9}}];
return false;
}
else {
if(data6 < 1 || isNaN(data6)){
validate42.errors = [{instancePath:instancePath+"/bssParam/periodNum",schemaPath:"urn:evs:schemas#/$defs/BssParam/properties/periodNum/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/bssParam",schemaPath:"urn:evs:schemas#/$defs/BssParam/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.server_id !== undefined){
let data7 = data.server_id;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data7 === "string"){
if(func1(data7) < 1){
validate42.errors = [{instancePath:instancePath+"/server_id",schemaPath:"#/properties/server_id/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate42.errors = [{instancePath:instancePath+"/server_id",schemaPath:"#/properties/server_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["OS-SCH-HNT:scheduler_hints"] !== undefined){
let data8 = data["OS-SCH-HNT:scheduler_hints"];
const _errs19 = errors;
if(errors === _errs19){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
const _errs21 = errors;
for(const key2 in data8){
if(!(key2 === "dedicated_storage_id")){
validate42.errors = [{instancePath:instancePath+"/OS-SCH-HNT:scheduler_hints",schemaPath:"#/properties/OS-SCH-HNT%3Ascheduler_hints/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
return false;
break;
}
}
if(_errs21 === errors){
if(data8.dedicated_storage_id !== undefined){
if(typeof data8.dedicated_storage_id !== "string"){
validate42.errors = [{instancePath:instancePath+"/OS-SCH-HNT:scheduler_hints/dedicated_storage_id",schemaPath:"#/properties/OS-SCH-HNT%3Ascheduler_hints/properties/dedicated_storage_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/OS-SCH-HNT:scheduler_hints",schemaPath:"#/properties/OS-SCH-HNT%3Ascheduler_hints/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateCreateVolumeV21Request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate42(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateSnapshotMetadataRequest = validate45;
const schema58 = {"$ref":"urn:evs:schemas#/$defs/SnapshotMetadataRequest","$id":"urn:evs:validateSnapshotMetadataRequest"};
const schema59 = {"type":"object","required":["metadata"],"additionalProperties":false,"properties":{"metadata":{"$ref":"urn:evs:schemas#/$defs/SnapshotMetadataInput"}}};
const schema60 = {"allOf":[{"$ref":"urn:evs:schemas#/$defs/SnapshotMetadata"},{"type":"object","additionalProperties":true,"propertyNames":{"pattern":"^(?!__system__)"}}]};
const pattern9 = new RegExp("^(?!__system__)", "u");

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs4 = errors;
if(typeof data[key0] !== "string"){
validate47.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadata/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs4 === errors;
if(!valid2){
break;
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadata/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs6 = errors;
if(errors === _errs6){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key1 in data){
const _errs8 = errors;
if(typeof key1 === "string"){
if(!pattern9.test(key1)){
const err0 = {instancePath,schemaPath:"#/allOf/1/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?!__system__)"},propertyName:key1};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid3 = _errs8 === errors;
if(!valid3){
const err1 = {instancePath,schemaPath:"#/allOf/1/propertyNames",keyword:"propertyNames",params:{propertyName: key1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate47.errors = vErrors;
return false;
break;
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.metadata === undefined) && (missing0 = "metadata")){
validate46.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "metadata")){
validate46.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.metadata !== undefined){
if(!(validate47(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateSnapshotMetadataRequest" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateSnapshotMetadataItemRequest = validate50;
const schema62 = {"$ref":"urn:evs:schemas#/$defs/SnapshotMetadataItemRequest","$id":"urn:evs:validateSnapshotMetadataItemRequest"};
const schema63 = {"type":"object","required":["meta"],"additionalProperties":false,"properties":{"meta":{"allOf":[{"$ref":"urn:evs:schemas#/$defs/SnapshotMetadataItem"},{"$ref":"urn:evs:schemas#/$defs/SnapshotMetadataInput"}]}}};
const schema64 = {"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"type":"string"}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.meta === undefined) && (missing0 = "meta")){
validate51.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "meta")){
validate51.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.meta !== undefined){
let data0 = data.meta;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length > 1){
validate51.errors = [{instancePath:instancePath+"/meta",schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadataItem/maxProperties",keyword:"maxProperties",params:{limit: 1}}];
return false;
}
else {
if(Object.keys(data0).length < 1){
validate51.errors = [{instancePath:instancePath+"/meta",schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadataItem/minProperties",keyword:"minProperties",params:{limit: 1}}];
return false;
}
else {
for(const key1 in data0){
const _errs7 = errors;
if(typeof data0[key1] !== "string"){
validate51.errors = [{instancePath:instancePath+"/meta/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadataItem/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs7 === errors;
if(!valid3){
break;
}
}
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/meta",schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadataItem/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs9 = errors;
if(!(validate47(data0, {instancePath:instancePath+"/meta",parentData:data,parentDataProperty:"meta",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid1 = _errs9 === errors;
}
}
}
}
}
else {
validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateSnapshotMetadataItemRequest" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate51(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateListSnapshotsQuery = validate54;
const schema65 = {"type":"object","additionalProperties":false,"properties":{"offset":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000},"marker":{"$ref":"urn:evs:schemas#/$defs/SnapshotId"},"sort_key":{"type":"string","minLength":1},"sort_dir":{"type":"string","enum":["asc","desc"]},"name":{"type":"string","maxLength":255},"status":{"$ref":"urn:evs:schemas#/$defs/SnapshotStatus"},"volume_id":{"type":"string"},"availability_zone":{"type":"string"},"id":{"type":"array","items":{"type":"string"}},"service_type":{"type":"string"},"dedicated_storage_id":{"type":"string"},"dedicated_storage_name":{"type":"string"},"enterprise_project_id":{"type":"string"}},"$id":"urn:evs:validateListSnapshotsQuery"};
const schema67 = {"type":"string","enum":["creating","available","error","deleting","error_deleting","rollbacking","backing-up"]};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateListSnapshotsQuery" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func6.call(schema65.properties, key0))){
validate54.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.offset !== undefined){
let data0 = data.offset;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate54.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
validate54.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data1 = data.limit;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate54.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000 || isNaN(data1)){
validate54.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000}}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate54.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.marker !== undefined){
let data2 = data.marker;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate54.errors = [{instancePath:instancePath+"/marker",schemaPath:"urn:evs:schemas#/$defs/SnapshotId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"}}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/marker",schemaPath:"urn:evs:schemas#/$defs/SnapshotId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sort_key !== undefined){
let data3 = data.sort_key;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(func1(data3) < 1){
validate54.errors = [{instancePath:instancePath+"/sort_key",schemaPath:"#/properties/sort_key/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/sort_key",schemaPath:"#/properties/sort_key/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sort_dir !== undefined){
let data4 = data.sort_dir;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate54.errors = [{instancePath:instancePath+"/sort_dir",schemaPath:"#/properties/sort_dir/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data4 === "asc") || (data4 === "desc"))){
validate54.errors = [{instancePath:instancePath+"/sort_dir",schemaPath:"#/properties/sort_dir/enum",keyword:"enum",params:{allowedValues: schema65.properties.sort_dir.enum}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data5 = data.name;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func1(data5) > 255){
validate54.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255}}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data6 = data.status;
const _errs15 = errors;
if(typeof data6 !== "string"){
validate54.errors = [{instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/SnapshotStatus/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((((data6 === "creating") || (data6 === "available")) || (data6 === "error")) || (data6 === "deleting")) || (data6 === "error_deleting")) || (data6 === "rollbacking")) || (data6 === "backing-up"))){
validate54.errors = [{instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/SnapshotStatus/enum",keyword:"enum",params:{allowedValues: schema67.enum}}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.volume_id !== undefined){
const _errs18 = errors;
if(typeof data.volume_id !== "string"){
validate54.errors = [{instancePath:instancePath+"/volume_id",schemaPath:"#/properties/volume_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.availability_zone !== undefined){
const _errs20 = errors;
if(typeof data.availability_zone !== "string"){
validate54.errors = [{instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data9 = data.id;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
var valid3 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs24 = errors;
if(typeof data9[i0] !== "string"){
validate54.errors = [{instancePath:instancePath+"/id/" + i0,schemaPath:"#/properties/id/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs24 === errors;
if(!valid3){
break;
}
}
}
else {
validate54.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service_type !== undefined){
const _errs26 = errors;
if(typeof data.service_type !== "string"){
validate54.errors = [{instancePath:instancePath+"/service_type",schemaPath:"#/properties/service_type/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dedicated_storage_id !== undefined){
const _errs28 = errors;
if(typeof data.dedicated_storage_id !== "string"){
validate54.errors = [{instancePath:instancePath+"/dedicated_storage_id",schemaPath:"#/properties/dedicated_storage_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dedicated_storage_name !== undefined){
const _errs30 = errors;
if(typeof data.dedicated_storage_name !== "string"){
validate54.errors = [{instancePath:instancePath+"/dedicated_storage_name",schemaPath:"#/properties/dedicated_storage_name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.enterprise_project_id !== undefined){
const _errs32 = errors;
if(typeof data.enterprise_project_id !== "string"){
validate54.errors = [{instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/properties/enterprise_project_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate54.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateListVolumesQuery = validate55;
const schema68 = {"type":"object","additionalProperties":false,"properties":{"limit":{"type":"integer","minimum":1,"maximum":1000},"marker":{"$ref":"urn:evs:schemas#/$defs/VolumeId"},"offset":{"type":"integer","minimum":0},"sort_key":{"type":"string","enum":["id","status","size","created_at"]},"sort_dir":{"type":"string","enum":["asc","desc"]},"name":{"type":"string"},"status":{"$ref":"urn:evs:schemas#/$defs/VolumeStatus"},"availability_zone":{"type":"string"},"multiattach":{"type":"boolean"},"service_type":{"type":"string"},"volume_type_id":{"type":"string"},"server_id":{"type":"string"},"metadata":{"type":"string"},"id":{"type":"string"},"not_metadata":{"type":"string"},"ids":{"type":"string"},"dedicated_storage_id":{"type":"string"},"dedicated_storage_name":{"type":"string"},"enterprise_project_id":{"type":"string"}},"$id":"urn:evs:validateListVolumesQuery"};
const schema70 = {"type":"string","enum":["creating","available","in-use","error","attaching","detaching","restoring-backup","backing-up","error_restoring","uploading","downloading","extending","error_extending","deleting","error_deleting","rollbacking","error_rollbacking","awaiting-transfer"]};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateListVolumesQuery" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func6.call(schema68.properties, key0))){
validate55.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.limit !== undefined){
let data0 = data.limit;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate55.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1000 || isNaN(data0)){
validate55.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000}}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate55.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.marker !== undefined){
let data1 = data.marker;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate55.errors = [{instancePath:instancePath+"/marker",schemaPath:"urn:evs:schemas#/$defs/VolumeId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"}}];
return false;
}
}
else {
validate55.errors = [{instancePath:instancePath+"/marker",schemaPath:"urn:evs:schemas#/$defs/VolumeId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data2 = data.offset;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate55.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate55.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sort_key !== undefined){
let data3 = data.sort_key;
const _errs9 = errors;
if(typeof data3 !== "string"){
validate55.errors = [{instancePath:instancePath+"/sort_key",schemaPath:"#/properties/sort_key/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((data3 === "id") || (data3 === "status")) || (data3 === "size")) || (data3 === "created_at"))){
validate55.errors = [{instancePath:instancePath+"/sort_key",schemaPath:"#/properties/sort_key/enum",keyword:"enum",params:{allowedValues: schema68.properties.sort_key.enum}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sort_dir !== undefined){
let data4 = data.sort_dir;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate55.errors = [{instancePath:instancePath+"/sort_dir",schemaPath:"#/properties/sort_dir/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data4 === "asc") || (data4 === "desc"))){
validate55.errors = [{instancePath:instancePath+"/sort_dir",schemaPath:"#/properties/sort_dir/enum",keyword:"enum",params:{allowedValues: schema68.properties.sort_dir.enum}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs13 = errors;
if(typeof data.name !== "string"){
validate55.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data6 = data.status;
const _errs15 = errors;
if(typeof data6 !== "string"){
validate55.errors = [{instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/VolumeStatus/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((((((((((((((data6 === "creating") || (data6 === "available")) || (data6 === "in-use")) || (data6 === "error")) || (data6 === "attaching")) || (data6 === "detaching")) || (data6 === "restoring-backup")) || (data6 === "backing-up")) || (data6 === "error_restoring")) || (data6 === "uploading")) || (data6 === "downloading")) || (data6 === "extending")) || (data6 === "error_extending")) || (data6 === "deleting")) || (data6 === "error_deleting")) || (data6 === "rollbacking")) || (data6 === "error_rollbacking")) || (data6 === "awaiting-transfer"))){
validate55.errors = [{instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/VolumeStatus/enum",keyword:"enum",params:{allowedValues: schema70.enum}}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.availability_zone !== undefined){
const _errs18 = errors;
if(typeof data.availability_zone !== "string"){
validate55.errors = [{instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.multiattach !== undefined){
const _errs20 = errors;
if(typeof data.multiattach !== "boolean"){
validate55.errors = [{instancePath:instancePath+"/multiattach",schemaPath:"#/properties/multiattach/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service_type !== undefined){
const _errs22 = errors;
if(typeof data.service_type !== "string"){
validate55.errors = [{instancePath:instancePath+"/service_type",schemaPath:"#/properties/service_type/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.volume_type_id !== undefined){
const _errs24 = errors;
if(typeof data.volume_type_id !== "string"){
validate55.errors = [{instancePath:instancePath+"/volume_type_id",schemaPath:"#/properties/volume_type_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.server_id !== undefined){
const _errs26 = errors;
if(typeof data.server_id !== "string"){
validate55.errors = [{instancePath:instancePath+"/server_id",schemaPath:"#/properties/server_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadata !== undefined){
const _errs28 = errors;
if(typeof data.metadata !== "string"){
validate55.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs30 = errors;
if(typeof data.id !== "string"){
validate55.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.not_metadata !== undefined){
const _errs32 = errors;
if(typeof data.not_metadata !== "string"){
validate55.errors = [{instancePath:instancePath+"/not_metadata",schemaPath:"#/properties/not_metadata/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ids !== undefined){
const _errs34 = errors;
if(typeof data.ids !== "string"){
validate55.errors = [{instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dedicated_storage_id !== undefined){
const _errs36 = errors;
if(typeof data.dedicated_storage_id !== "string"){
validate55.errors = [{instancePath:instancePath+"/dedicated_storage_id",schemaPath:"#/properties/dedicated_storage_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dedicated_storage_name !== undefined){
const _errs38 = errors;
if(typeof data.dedicated_storage_name !== "string"){
validate55.errors = [{instancePath:instancePath+"/dedicated_storage_name",schemaPath:"#/properties/dedicated_storage_name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.enterprise_project_id !== undefined){
const _errs40 = errors;
if(typeof data.enterprise_project_id !== "string"){
validate55.errors = [{instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/properties/enterprise_project_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateShowQuotasQuery = validate56;
const schema71 = {"type":"object","additionalProperties":false,"properties":{"usage":{"type":"string","enum":["True","true"]}},"required":["usage"],"$id":"urn:evs:validateShowQuotasQuery"};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateShowQuotasQuery" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.usage === undefined) && (missing0 = "usage")){
validate56.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "usage")){
validate56.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.usage !== undefined){
let data0 = data.usage;
if(typeof data0 !== "string"){
validate56.errors = [{instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data0 === "True") || (data0 === "true"))){
validate56.errors = [{instancePath:instancePath+"/usage",schemaPath:"#/properties/usage/enum",keyword:"enum",params:{allowedValues: schema71.properties.usage.enum}}];
return false;
}
}
}
}
}
else {
validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateListCinderSnapshotsQuery = validate57;
const schema72 = {"type":"object","additionalProperties":false,"properties":{"marker":{"$ref":"urn:evs:schemas#/$defs/SnapshotId"},"offset":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000},"name":{"type":"string"},"status":{"$ref":"urn:evs:schemas#/$defs/SnapshotStatus"},"volume_id":{"type":"string"}},"$id":"urn:evs:validateListCinderSnapshotsQuery"};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateListCinderSnapshotsQuery" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "marker") || (key0 === "offset")) || (key0 === "limit")) || (key0 === "name")) || (key0 === "status")) || (key0 === "volume_id"))){
validate57.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.marker !== undefined){
let data0 = data.marker;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate57.errors = [{instancePath:instancePath+"/marker",schemaPath:"urn:evs:schemas#/$defs/SnapshotId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"}}];
return false;
}
}
else {
validate57.errors = [{instancePath:instancePath+"/marker",schemaPath:"urn:evs:schemas#/$defs/SnapshotId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data1 = data.offset;
const _errs5 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate57.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate57.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data2 = data.limit;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate57.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
validate57.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000}}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate57.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs9 = errors;
if(typeof data.name !== "string"){
validate57.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data4 = data.status;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate57.errors = [{instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/SnapshotStatus/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((((data4 === "creating") || (data4 === "available")) || (data4 === "error")) || (data4 === "deleting")) || (data4 === "error_deleting")) || (data4 === "rollbacking")) || (data4 === "backing-up"))){
validate57.errors = [{instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/SnapshotStatus/enum",keyword:"enum",params:{allowedValues: schema67.enum}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.volume_id !== undefined){
const _errs14 = errors;
if(typeof data.volume_id !== "string"){
validate57.errors = [{instancePath:instancePath+"/volume_id",schemaPath:"#/properties/volume_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate57.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateListCinderSnapshotsDetailQuery = validate58;
const schema75 = {"type":"object","additionalProperties":false,"properties":{"marker":{"$ref":"urn:evs:schemas#/$defs/SnapshotId"},"offset":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000},"name":{"type":"string"},"status":{"$ref":"urn:evs:schemas#/$defs/SnapshotStatus"},"volume_id":{"type":"string"},"availability_zone":{"type":"string"}},"$id":"urn:evs:validateListCinderSnapshotsDetailQuery"};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateListCinderSnapshotsDetailQuery" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "marker") || (key0 === "offset")) || (key0 === "limit")) || (key0 === "name")) || (key0 === "status")) || (key0 === "volume_id")) || (key0 === "availability_zone"))){
validate58.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.marker !== undefined){
let data0 = data.marker;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate58.errors = [{instancePath:instancePath+"/marker",schemaPath:"urn:evs:schemas#/$defs/SnapshotId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"}}];
return false;
}
}
else {
validate58.errors = [{instancePath:instancePath+"/marker",schemaPath:"urn:evs:schemas#/$defs/SnapshotId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data1 = data.offset;
const _errs5 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate58.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate58.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data2 = data.limit;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate58.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
validate58.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000}}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate58.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs9 = errors;
if(typeof data.name !== "string"){
validate58.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data4 = data.status;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate58.errors = [{instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/SnapshotStatus/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((((data4 === "creating") || (data4 === "available")) || (data4 === "error")) || (data4 === "deleting")) || (data4 === "error_deleting")) || (data4 === "rollbacking")) || (data4 === "backing-up"))){
validate58.errors = [{instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/SnapshotStatus/enum",keyword:"enum",params:{allowedValues: schema67.enum}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.volume_id !== undefined){
const _errs14 = errors;
if(typeof data.volume_id !== "string"){
validate58.errors = [{instancePath:instancePath+"/volume_id",schemaPath:"#/properties/volume_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.availability_zone !== undefined){
const _errs16 = errors;
if(typeof data.availability_zone !== "string"){
validate58.errors = [{instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate58.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateListCinderSnapshotsV3Query = validate59;
const schema78 = {"type":"object","additionalProperties":false,"properties":{"marker":{"$ref":"urn:evs:schemas#/$defs/SnapshotId"},"offset":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000},"name":{"type":"string"},"status":{"$ref":"urn:evs:schemas#/$defs/SnapshotStatus"},"volume_id":{"type":"string"},"sort_dir":{"type":"string","enum":["desc","asc"]},"sort_key":{"type":"string"},"name~":{"type":"string"},"status~":{"type":"string"},"volume_id~":{"type":"string"},"with_count":{"type":"boolean"}},"$id":"urn:evs:validateListCinderSnapshotsV3Query"};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateListCinderSnapshotsV3Query" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func6.call(schema78.properties, key0))){
validate59.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.marker !== undefined){
let data0 = data.marker;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate59.errors = [{instancePath:instancePath+"/marker",schemaPath:"urn:evs:schemas#/$defs/SnapshotId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"}}];
return false;
}
}
else {
validate59.errors = [{instancePath:instancePath+"/marker",schemaPath:"urn:evs:schemas#/$defs/SnapshotId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data1 = data.offset;
const _errs5 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate59.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate59.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data2 = data.limit;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate59.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
validate59.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000}}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate59.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs9 = errors;
if(typeof data.name !== "string"){
validate59.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data4 = data.status;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate59.errors = [{instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/SnapshotStatus/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((((data4 === "creating") || (data4 === "available")) || (data4 === "error")) || (data4 === "deleting")) || (data4 === "error_deleting")) || (data4 === "rollbacking")) || (data4 === "backing-up"))){
validate59.errors = [{instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/SnapshotStatus/enum",keyword:"enum",params:{allowedValues: schema67.enum}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.volume_id !== undefined){
const _errs14 = errors;
if(typeof data.volume_id !== "string"){
validate59.errors = [{instancePath:instancePath+"/volume_id",schemaPath:"#/properties/volume_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sort_dir !== undefined){
let data6 = data.sort_dir;
const _errs16 = errors;
if(typeof data6 !== "string"){
validate59.errors = [{instancePath:instancePath+"/sort_dir",schemaPath:"#/properties/sort_dir/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data6 === "desc") || (data6 === "asc"))){
validate59.errors = [{instancePath:instancePath+"/sort_dir",schemaPath:"#/properties/sort_dir/enum",keyword:"enum",params:{allowedValues: schema78.properties.sort_dir.enum}}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sort_key !== undefined){
const _errs18 = errors;
if(typeof data.sort_key !== "string"){
validate59.errors = [{instancePath:instancePath+"/sort_key",schemaPath:"#/properties/sort_key/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["name~"] !== undefined){
const _errs20 = errors;
if(typeof data["name~"] !== "string"){
validate59.errors = [{instancePath:instancePath+"/name~0",schemaPath:"#/properties/name~0/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["status~"] !== undefined){
const _errs22 = errors;
if(typeof data["status~"] !== "string"){
validate59.errors = [{instancePath:instancePath+"/status~0",schemaPath:"#/properties/status~0/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["volume_id~"] !== undefined){
const _errs24 = errors;
if(typeof data["volume_id~"] !== "string"){
validate59.errors = [{instancePath:instancePath+"/volume_id~0",schemaPath:"#/properties/volume_id~0/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.with_count !== undefined){
const _errs26 = errors;
if(typeof data.with_count !== "boolean"){
validate59.errors = [{instancePath:instancePath+"/with_count",schemaPath:"#/properties/with_count/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateListCinderSnapshotsDetailV3Query = validate60;
const schema81 = {"type":"object","additionalProperties":false,"properties":{"marker":{"$ref":"urn:evs:schemas#/$defs/SnapshotId"},"offset":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000},"name":{"type":"string"},"status":{"$ref":"urn:evs:schemas#/$defs/SnapshotStatus"},"volume_id":{"type":"string"},"sort_dir":{"type":"string","enum":["desc","asc"]}},"$id":"urn:evs:validateListCinderSnapshotsDetailV3Query"};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateListCinderSnapshotsDetailV3Query" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "marker") || (key0 === "offset")) || (key0 === "limit")) || (key0 === "name")) || (key0 === "status")) || (key0 === "volume_id")) || (key0 === "sort_dir"))){
validate60.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.marker !== undefined){
let data0 = data.marker;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate60.errors = [{instancePath:instancePath+"/marker",schemaPath:"urn:evs:schemas#/$defs/SnapshotId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"}}];
return false;
}
}
else {
validate60.errors = [{instancePath:instancePath+"/marker",schemaPath:"urn:evs:schemas#/$defs/SnapshotId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data1 = data.offset;
const _errs5 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate60.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate60.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data2 = data.limit;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate60.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
validate60.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000}}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate60.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs9 = errors;
if(typeof data.name !== "string"){
validate60.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data4 = data.status;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate60.errors = [{instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/SnapshotStatus/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((((data4 === "creating") || (data4 === "available")) || (data4 === "error")) || (data4 === "deleting")) || (data4 === "error_deleting")) || (data4 === "rollbacking")) || (data4 === "backing-up"))){
validate60.errors = [{instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/SnapshotStatus/enum",keyword:"enum",params:{allowedValues: schema67.enum}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.volume_id !== undefined){
const _errs14 = errors;
if(typeof data.volume_id !== "string"){
validate60.errors = [{instancePath:instancePath+"/volume_id",schemaPath:"#/properties/volume_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sort_dir !== undefined){
let data6 = data.sort_dir;
const _errs16 = errors;
if(typeof data6 !== "string"){
validate60.errors = [{instancePath:instancePath+"/sort_dir",schemaPath:"#/properties/sort_dir/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data6 === "desc") || (data6 === "asc"))){
validate60.errors = [{instancePath:instancePath+"/sort_dir",schemaPath:"#/properties/sort_dir/enum",keyword:"enum",params:{allowedValues: schema81.properties.sort_dir.enum}}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateSnapshotId = validate61;
const schema84 = {"$ref":"urn:evs:schemas#/$defs/SnapshotId","$id":"urn:evs:validateSnapshotId"};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateSnapshotId" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(errors === _errs0){
if(typeof data === "string"){
if(!pattern4.test(data)){
validate61.errors = [{instancePath,schemaPath:"urn:evs:schemas#/$defs/SnapshotId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"}}];
return false;
}
}
else {
validate61.errors = [{instancePath,schemaPath:"urn:evs:schemas#/$defs/SnapshotId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validateVolumeId = validate62;
const schema86 = {"$ref":"urn:evs:schemas#/$defs/VolumeId","$id":"urn:evs:validateVolumeId"};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateVolumeId" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(errors === _errs0){
if(typeof data === "string"){
if(!pattern4.test(data)){
validate62.errors = [{instancePath,schemaPath:"urn:evs:schemas#/$defs/VolumeId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"}}];
return false;
}
}
else {
validate62.errors = [{instancePath,schemaPath:"urn:evs:schemas#/$defs/VolumeId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validateJobId = validate63;
const schema88 = {"$ref":"urn:evs:schemas#/$defs/JobId","$id":"urn:evs:validateJobId"};
const schema89 = {"type":"string","minLength":1,"pattern":"^[0-9A-Za-z-]+$"};
const pattern18 = new RegExp("^[0-9A-Za-z-]+$", "u");

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateJobId" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(errors === _errs0){
if(typeof data === "string"){
if(func1(data) < 1){
validate63.errors = [{instancePath,schemaPath:"urn:evs:schemas#/$defs/JobId/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
else {
if(!pattern18.test(data)){
validate63.errors = [{instancePath,schemaPath:"urn:evs:schemas#/$defs/JobId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z-]+$"}}];
return false;
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"urn:evs:schemas#/$defs/JobId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validateTargetProjectId = validate64;
const schema90 = {"type":"string","minLength":1,"$id":"urn:evs:validateTargetProjectId"};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateTargetProjectId" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(func1(data) < 1){
validate64.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validateMetadataKey = validate65;
const schema91 = {"type":"string","minLength":1,"$id":"urn:evs:validateMetadataKey"};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateMetadataKey" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(func1(data) < 1){
validate65.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate65.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"dynamicProps":false,"dynamicItems":false};


/** The validator of each request target, by its name. */
export const requestValidators = {
  createSnapshotRequest: validateCreateSnapshotRequest,
  updateSnapshotRequest: validateUpdateSnapshotRequest,
  rollbackRequest: validateRollbackRequest,
  createVolumeRequest: validateCreateVolumeRequest,
  createVolumeV21Request: validateCreateVolumeV21Request,
  snapshotMetadataRequest: validateSnapshotMetadataRequest,
  snapshotMetadataItemRequest: validateSnapshotMetadataItemRequest,
  listSnapshotsQuery: validateListSnapshotsQuery,
  listVolumesQuery: validateListVolumesQuery,
  showQuotasQuery: validateShowQuotasQuery,
  listCinderSnapshotsQuery: validateListCinderSnapshotsQuery,
  listCinderSnapshotsDetailQuery: validateListCinderSnapshotsDetailQuery,
  listCinderSnapshotsV3Query: validateListCinderSnapshotsV3Query,
  listCinderSnapshotsDetailV3Query: validateListCinderSnapshotsDetailV3Query,
  snapshotId: validateSnapshotId,
  volumeId: validateVolumeId,
  jobId: validateJobId,
  targetProjectId: validateTargetProjectId,
  metadataKey: validateMetadataKey,
};
