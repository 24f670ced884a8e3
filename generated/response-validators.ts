// @ts-nocheck
/**
 * Validators of response bodies, one per component schema a response uses.
 * Generated from spec/ by `npm run build` (Ajv standalone code); do not edit by hand.
 */
"use strict";
export const validateCinderSnapshotList = validate20;
const schema31 = {"$ref":"urn:evs:schemas#/$defs/CinderSnapshotList","$id":"urn:evs:validateCinderSnapshotList"};
const schema33 = {"type":"object","required":["snapshots"],"properties":{"count":{"type":"integer","minimum":0},"snapshots":{"type":"array","items":{"$ref":"urn:evs:schemas#/$defs/Snapshot"}},"snapshots_links":{"$ref":"urn:evs:schemas#/$defs/CinderSnapshotLinks"}}};
const schema34 = {"type":"object","required":["id","status","created_at","volume_id","size"],"properties":{"id":{"$ref":"urn:evs:schemas#/$defs/SnapshotId"},"status":{"$ref":"urn:evs:schemas#/$defs/SnapshotStatus"},"name":{"type":["string","null"]},"description":{"type":["string","null"]},"created_at":{"$ref":"urn:evs:schemas#/$defs/SnapshotTimestamp"},"updated_at":{"anyOf":[{"$ref":"urn:evs:schemas#/$defs/SnapshotTimestamp"},{"type":"null"}]},"metadata":{"$ref":"urn:evs:schemas#/$defs/SnapshotMetadata"},"volume_id":{"$ref":"urn:evs:schemas#/$defs/VolumeId"},"size":{"type":"integer","minimum":0},"os-extended-snapshot-attributes:progress":{"type":"string","pattern":"^(100|[1-9]?[0-9])%$"},"os-extended-snapshot-attributes:project_id":{"type":"string"},"user_id":{"type":"string"}}};
const schema35 = {"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"};
const schema36 = {"type":"string","enum":["creating","available","error","deleting","error_deleting","rollbacking","backing-up"]};
const schema37 = {"type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?$"};
const schema39 = {"type":"object","additionalProperties":{"type":"string"}};
const schema40 = {"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"};
const pattern4 = new RegExp("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", "u");
const pattern5 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?$", "u");
const pattern8 = new RegExp("^(100|[1-9]?[0-9])%$", "u");

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.status === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.created_at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.volume_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "volume_id"},message:"must have required property '"+"volume_id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.size === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"urn:evs:schemas#/$defs/SnapshotId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"urn:evs:schemas#/$defs/SnapshotId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.status !== undefined){
let data1 = data.status;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/SnapshotStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((((((data1 === "creating") || (data1 === "available")) || (data1 === "error")) || (data1 === "deleting")) || (data1 === "error_deleting")) || (data1 === "rollbacking")) || (data1 === "backing-up"))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/SnapshotStatus/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if((typeof data2 !== "string") && (data2 !== null)){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema34.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if((typeof data3 !== "string") && (data3 !== null)){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema34.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.created_at !== undefined){
let data4 = data.created_at;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err11 = {instancePath:instancePath+"/created_at",schemaPath:"urn:evs:schemas#/$defs/SnapshotTimestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/created_at",schemaPath:"urn:evs:schemas#/$defs/SnapshotTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.updated_at !== undefined){
let data5 = data.updated_at;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err13 = {instancePath:instancePath+"/updated_at",schemaPath:"urn:evs:schemas#/$defs/SnapshotTimestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/updated_at",schemaPath:"urn:evs:schemas#/$defs/SnapshotTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid4 = valid4 || _valid0;
const _errs19 = errors;
if(data5 !== null){
const err15 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err16 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.metadata !== undefined){
let data6 = data.metadata;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
if(typeof data6[key0] !== "string"){
const err17 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/metadata",schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.volume_id !== undefined){
let data8 = data.volume_id;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err19 = {instancePath:instancePath+"/volume_id",schemaPath:"urn:evs:schemas#/$defs/VolumeId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/volume_id",schemaPath:"urn:evs:schemas#/$defs/VolumeId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.size !== undefined){
let data9 = data.size;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err21 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err22 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data["os-extended-snapshot-attributes:progress"] !== undefined){
let data10 = data["os-extended-snapshot-attributes:progress"];
if(typeof data10 === "string"){
if(!pattern8.test(data10)){
const err23 = {instancePath:instancePath+"/os-extended-snapshot-attributes:progress",schemaPath:"#/properties/os-extended-snapshot-attributes%3Aprogress/pattern",keyword:"pattern",params:{pattern: "^(100|[1-9]?[0-9])%$"},message:"must match pattern \""+"^(100|[1-9]?[0-9])%$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/os-extended-snapshot-attributes:progress",schemaPath:"#/properties/os-extended-snapshot-attributes%3Aprogress/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data["os-extended-snapshot-attributes:project_id"] !== undefined){
if(typeof data["os-extended-snapshot-attributes:project_id"] !== "string"){
const err25 = {instancePath:instancePath+"/os-extended-snapshot-attributes:project_id",schemaPath:"#/properties/os-extended-snapshot-attributes%3Aproject_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.user_id !== undefined){
if(typeof data.user_id !== "string"){
const err26 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"id":true,"status":true,"name":true,"description":true,"created_at":true,"updated_at":true,"metadata":true,"volume_id":true,"size":true,"os-extended-snapshot-attributes:progress":true,"os-extended-snapshot-attributes:project_id":true,"user_id":true},"dynamicProps":false,"dynamicItems":false};

const schema41 = {"type":["array","null"],"items":{"$ref":"urn:evs:schemas#/$defs/Link"}};
const schema42 = {"type":"object","required":["href","rel"],"properties":{"href":{"type":"string"},"rel":{"type":"string"}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema41.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.href === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"urn:evs:schemas#/$defs/Link/required",keyword:"required",params:{missingProperty: "href"},message:"must have required property '"+"href"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.rel === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"urn:evs:schemas#/$defs/Link/required",keyword:"required",params:{missingProperty: "rel"},message:"must have required property '"+"rel"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.href !== undefined){
if(typeof data0.href !== "string"){
const err3 = {instancePath:instancePath+"/" + i0+"/href",schemaPath:"urn:evs:schemas#/$defs/Link/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.rel !== undefined){
if(typeof data0.rel !== "string"){
const err4 = {instancePath:instancePath+"/" + i0+"/rel",schemaPath:"urn:evs:schemas#/$defs/Link/properties/rel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"urn:evs:schemas#/$defs/Link/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.snapshots === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "snapshots"},message:"must have required property '"+"snapshots"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.count !== undefined){
let data0 = data.count;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.snapshots !== undefined){
let data1 = data.snapshots;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data1[i0], {instancePath:instancePath+"/snapshots/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/snapshots",schemaPath:"#/properties/snapshots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.snapshots_links !== undefined){
if(!(validate25(data.snapshots_links, {instancePath:instancePath+"/snapshots_links",parentData:data,parentDataProperty:"snapshots_links",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"count":true,"snapshots":true,"snapshots_links":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateCinderSnapshotList" */;
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
validate20.evaluated = {"props":{"count":true,"snapshots":true,"snapshots_links":true},"dynamicProps":false,"dynamicItems":false};

export const validateCinderSnapshotSummaryList = validate28;
const schema43 = {"$ref":"urn:evs:schemas#/$defs/CinderSnapshotSummaryList","$id":"urn:evs:validateCinderSnapshotSummaryList"};
const schema44 = {"type":"object","required":["snapshots"],"properties":{"count":{"type":"integer","minimum":0},"snapshots":{"type":"array","items":{"$ref":"urn:evs:schemas#/$defs/CinderSnapshotSummary"}},"snapshots_links":{"$ref":"urn:evs:schemas#/$defs/CinderSnapshotLinks"}}};
const schema45 = {"allOf":[{"$ref":"urn:evs:schemas#/$defs/Snapshot"}]};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"id":true,"status":true,"name":true,"description":true,"created_at":true,"updated_at":true,"metadata":true,"volume_id":true,"size":true,"os-extended-snapshot-attributes:progress":true,"os-extended-snapshot-attributes:project_id":true,"user_id":true},"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.snapshots === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "snapshots"},message:"must have required property '"+"snapshots"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.count !== undefined){
let data0 = data.count;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.snapshots !== undefined){
let data1 = data.snapshots;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate30(data1[i0], {instancePath:instancePath+"/snapshots/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/snapshots",schemaPath:"#/properties/snapshots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.snapshots_links !== undefined){
if(!(validate25(data.snapshots_links, {instancePath:instancePath+"/snapshots_links",parentData:data,parentDataProperty:"snapshots_links",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"count":true,"snapshots":true,"snapshots_links":true},"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateCinderSnapshotSummaryList" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"count":true,"snapshots":true,"snapshots_links":true},"dynamicProps":false,"dynamicItems":false};

export const validateCreateVolumeResponse = validate35;
const schema46 = {"$ref":"urn:evs:schemas#/$defs/CreateVolumeResponse","$id":"urn:evs:validateCreateVolumeResponse"};
const schema47 = {"type":"object","anyOf":[{"required":["job_id"]},{"required":["order_id"]}],"properties":{"job_id":{"$ref":"urn:evs:schemas#/$defs/JobId"},"order_id":{"type":"string"},"volume_ids":{"type":"array","items":{"type":"string"}}}};
const schema48 = {"type":"string","minLength":1,"pattern":"^[0-9A-Za-z-]+$"};
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
const pattern9 = new RegExp("^[0-9A-Za-z-]+$", "u");

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
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
if(data.job_id === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "job_id"},message:"must have required property '"+"job_id"+"'"};
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
if(data.order_id === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "order_id"},message:"must have required property '"+"order_id"+"'"};
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
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.job_id !== undefined){
let data0 = data.job_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/job_id",schemaPath:"urn:evs:schemas#/$defs/JobId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern9.test(data0)){
const err4 = {instancePath:instancePath+"/job_id",schemaPath:"urn:evs:schemas#/$defs/JobId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z-]+$"},message:"must match pattern \""+"^[0-9A-Za-z-]+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/job_id",schemaPath:"urn:evs:schemas#/$defs/JobId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.order_id !== undefined){
if(typeof data.order_id !== "string"){
const err6 = {instancePath:instancePath+"/order_id",schemaPath:"#/properties/order_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.volume_ids !== undefined){
let data2 = data.volume_ids;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err7 = {instancePath:instancePath+"/volume_ids/" + i0,schemaPath:"#/properties/volume_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/volume_ids",schemaPath:"#/properties/volume_ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":{"job_id":true,"order_id":true,"volume_ids":true},"dynamicProps":false,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateCreateVolumeResponse" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"job_id":true,"order_id":true,"volume_ids":true},"dynamicProps":false,"dynamicItems":false};

export const validateDeleteVolumeResponse = validate38;
const schema49 = {"$ref":"urn:evs:schemas#/$defs/DeleteVolumeResponse","$id":"urn:evs:validateDeleteVolumeResponse"};
const schema50 = {"type":"object","required":["job_id"],"properties":{"job_id":{"$ref":"urn:evs:schemas#/$defs/JobId"}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.job_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job_id"},message:"must have required property '"+"job_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.job_id !== undefined){
let data0 = data.job_id;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/job_id",schemaPath:"urn:evs:schemas#/$defs/JobId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern9.test(data0)){
const err2 = {instancePath:instancePath+"/job_id",schemaPath:"urn:evs:schemas#/$defs/JobId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z-]+$"},message:"must match pattern \""+"^[0-9A-Za-z-]+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/job_id",schemaPath:"urn:evs:schemas#/$defs/JobId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":{"job_id":true},"dynamicProps":false,"dynamicItems":false};


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateDeleteVolumeResponse" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate39(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":{"job_id":true},"dynamicProps":false,"dynamicItems":false};

export const validateErrorResponse = validate41;
const schema52 = {"$ref":"urn:evs:schemas#/$defs/ErrorResponse","$id":"urn:evs:validateErrorResponse"};
const schema53 = {"oneOf":[{"$ref":"urn:evs:schemas#/$defs/GatewayError"},{"$ref":"urn:evs:schemas#/$defs/WrappedError"}]};
const schema54 = {"type":"object","required":["error_code","error_msg"],"properties":{"error_code":{"type":"string"},"error_msg":{"type":"string"},"request_id":{"type":"string"}}};
const schema55 = {"type":"object","minProperties":1,"maxProperties":1,"properties":{"error":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"badRequest":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"unauthorized":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"forbidden":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"itemNotFound":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"badMethod":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"conflictingRequest":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"overLimit":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"badMediaType":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"notImplemented":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"serviceUnavailable":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"computeFault":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"}},"additionalProperties":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"}};
const schema56 = {"type":"object","required":["code","message"],"properties":{"code":{"type":["string","integer"]},"message":{"type":"string"}}};
const func3 = Object.prototype.hasOwnProperty;

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema55.properties, key0))){
let data0 = data[key0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.code === undefined){
const err2 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.message === undefined){
const err3 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.code !== undefined){
let data1 = data0.code;
if((typeof data1 !== "string") && (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1))))){
const err4 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema56.properties.code.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err5 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/message",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.error !== undefined){
let data3 = data.error;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.code === undefined){
const err7 = {instancePath:instancePath+"/error",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.message === undefined){
const err8 = {instancePath:instancePath+"/error",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.code !== undefined){
let data4 = data3.code;
if((typeof data4 !== "string") && (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4))))){
const err9 = {instancePath:instancePath+"/error/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema56.properties.code.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.message !== undefined){
if(typeof data3.message !== "string"){
const err10 = {instancePath:instancePath+"/error/message",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/error",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.badRequest !== undefined){
let data6 = data.badRequest;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err12 = {instancePath:instancePath+"/badRequest",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6.message === undefined){
const err13 = {instancePath:instancePath+"/badRequest",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6.code !== undefined){
let data7 = data6.code;
if((typeof data7 !== "string") && (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7))))){
const err14 = {instancePath:instancePath+"/badRequest/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema56.properties.code.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err15 = {instancePath:instancePath+"/badRequest/message",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/badRequest",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.unauthorized !== undefined){
let data9 = data.unauthorized;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.code === undefined){
const err17 = {instancePath:instancePath+"/unauthorized",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9.message === undefined){
const err18 = {instancePath:instancePath+"/unauthorized",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data9.code !== undefined){
let data10 = data9.code;
if((typeof data10 !== "string") && (!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10))))){
const err19 = {instancePath:instancePath+"/unauthorized/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema56.properties.code.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.message !== undefined){
if(typeof data9.message !== "string"){
const err20 = {instancePath:instancePath+"/unauthorized/message",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/unauthorized",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.forbidden !== undefined){
let data12 = data.forbidden;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.code === undefined){
const err22 = {instancePath:instancePath+"/forbidden",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data12.message === undefined){
const err23 = {instancePath:instancePath+"/forbidden",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data12.code !== undefined){
let data13 = data12.code;
if((typeof data13 !== "string") && (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13))))){
const err24 = {instancePath:instancePath+"/forbidden/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema56.properties.code.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data12.message !== undefined){
if(typeof data12.message !== "string"){
const err25 = {instancePath:instancePath+"/forbidden/message",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/forbidden",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.itemNotFound !== undefined){
let data15 = data.itemNotFound;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.code === undefined){
const err27 = {instancePath:instancePath+"/itemNotFound",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data15.message === undefined){
const err28 = {instancePath:instancePath+"/itemNotFound",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data15.code !== undefined){
let data16 = data15.code;
if((typeof data16 !== "string") && (!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16))))){
const err29 = {instancePath:instancePath+"/itemNotFound/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema56.properties.code.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data15.message !== undefined){
if(typeof data15.message !== "string"){
const err30 = {instancePath:instancePath+"/itemNotFound/message",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/itemNotFound",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.badMethod !== undefined){
let data18 = data.badMethod;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.code === undefined){
const err32 = {instancePath:instancePath+"/badMethod",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data18.message === undefined){
const err33 = {instancePath:instancePath+"/badMethod",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data18.code !== undefined){
let data19 = data18.code;
if((typeof data19 !== "string") && (!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19))))){
const err34 = {instancePath:instancePath+"/badMethod/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema56.properties.code.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data18.message !== undefined){
if(typeof data18.message !== "string"){
const err35 = {instancePath:instancePath+"/badMethod/message",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/badMethod",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.conflictingRequest !== undefined){
let data21 = data.conflictingRequest;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.code === undefined){
const err37 = {instancePath:instancePath+"/conflictingRequest",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data21.message === undefined){
const err38 = {instancePath:instancePath+"/conflictingRequest",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data21.code !== undefined){
let data22 = data21.code;
if((typeof data22 !== "string") && (!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22))))){
const err39 = {instancePath:instancePath+"/conflictingRequest/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema56.properties.code.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data21.message !== undefined){
if(typeof data21.message !== "string"){
const err40 = {instancePath:instancePath+"/conflictingRequest/message",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/conflictingRequest",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.overLimit !== undefined){
let data24 = data.overLimit;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.code === undefined){
const err42 = {instancePath:instancePath+"/overLimit",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data24.message === undefined){
const err43 = {instancePath:instancePath+"/overLimit",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data24.code !== undefined){
let data25 = data24.code;
if((typeof data25 !== "string") && (!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25))))){
const err44 = {instancePath:instancePath+"/overLimit/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema56.properties.code.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data24.message !== undefined){
if(typeof data24.message !== "string"){
const err45 = {instancePath:instancePath+"/overLimit/message",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/overLimit",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.badMediaType !== undefined){
let data27 = data.badMediaType;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.code === undefined){
const err47 = {instancePath:instancePath+"/badMediaType",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data27.message === undefined){
const err48 = {instancePath:instancePath+"/badMediaType",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data27.code !== undefined){
let data28 = data27.code;
if((typeof data28 !== "string") && (!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28))))){
const err49 = {instancePath:instancePath+"/badMediaType/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema56.properties.code.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data27.message !== undefined){
if(typeof data27.message !== "string"){
const err50 = {instancePath:instancePath+"/badMediaType/message",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/badMediaType",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.notImplemented !== undefined){
let data30 = data.notImplemented;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.code === undefined){
const err52 = {instancePath:instancePath+"/notImplemented",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data30.message === undefined){
const err53 = {instancePath:instancePath+"/notImplemented",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data30.code !== undefined){
let data31 = data30.code;
if((typeof data31 !== "string") && (!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31))))){
const err54 = {instancePath:instancePath+"/notImplemented/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema56.properties.code.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data30.message !== undefined){
if(typeof data30.message !== "string"){
const err55 = {instancePath:instancePath+"/notImplemented/message",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/notImplemented",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.serviceUnavailable !== undefined){
let data33 = data.serviceUnavailable;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.code === undefined){
const err57 = {instancePath:instancePath+"/serviceUnavailable",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data33.message === undefined){
const err58 = {instancePath:instancePath+"/serviceUnavailable",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data33.code !== undefined){
let data34 = data33.code;
if((typeof data34 !== "string") && (!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34))))){
const err59 = {instancePath:instancePath+"/serviceUnavailable/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema56.properties.code.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data33.message !== undefined){
if(typeof data33.message !== "string"){
const err60 = {instancePath:instancePath+"/serviceUnavailable/message",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/serviceUnavailable",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.computeFault !== undefined){
let data36 = data.computeFault;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.code === undefined){
const err62 = {instancePath:instancePath+"/computeFault",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data36.message === undefined){
const err63 = {instancePath:instancePath+"/computeFault",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data36.code !== undefined){
let data37 = data36.code;
if((typeof data37 !== "string") && (!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37))))){
const err64 = {instancePath:instancePath+"/computeFault/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema56.properties.code.type},message:"must be string,integer"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data36.message !== undefined){
if(typeof data36.message !== "string"){
const err65 = {instancePath:instancePath+"/computeFault/message",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/computeFault",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error_code === undefined){
const err0 = {instancePath,schemaPath:"urn:evs:schemas#/$defs/GatewayError/required",keyword:"required",params:{missingProperty: "error_code"},message:"must have required property '"+"error_code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error_msg === undefined){
const err1 = {instancePath,schemaPath:"urn:evs:schemas#/$defs/GatewayError/required",keyword:"required",params:{missingProperty: "error_msg"},message:"must have required property '"+"error_msg"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.error_code !== undefined){
if(typeof data.error_code !== "string"){
const err2 = {instancePath:instancePath+"/error_code",schemaPath:"urn:evs:schemas#/$defs/GatewayError/properties/error_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.error_msg !== undefined){
if(typeof data.error_msg !== "string"){
const err3 = {instancePath:instancePath+"/error_msg",schemaPath:"urn:evs:schemas#/$defs/GatewayError/properties/error_msg/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.request_id !== undefined){
if(typeof data.request_id !== "string"){
const err4 = {instancePath:instancePath+"/request_id",schemaPath:"urn:evs:schemas#/$defs/GatewayError/properties/request_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"urn:evs:schemas#/$defs/GatewayError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.error_code = true;
props0.error_msg = true;
props0.request_id = true;
}
const _errs10 = errors;
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate42.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate42.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateErrorResponse" */;
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
else {
var props0 = validate42.evaluated.props;
}
validate41.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate41.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const validateJob = validate46;
const schema69 = {"$ref":"urn:evs:schemas#/$defs/Job","$id":"urn:evs:validateJob"};
const schema70 = {"type":"object","required":["status","job_id","job_type","begin_time"],"properties":{"status":{"$ref":"urn:evs:schemas#/$defs/JobStatus"},"job_id":{"$ref":"urn:evs:schemas#/$defs/JobId"},"job_type":{"type":"string"},"begin_time":{"$ref":"urn:evs:schemas#/$defs/JobTimestamp"},"end_time":{"$ref":"urn:evs:schemas#/$defs/JobTimestamp"},"error_code":{"type":["string","null"]},"fail_reason":{"type":["string","null"]},"entities":{"$ref":"urn:evs:schemas#/$defs/JobEntities"}}};
const schema71 = {"type":"string","enum":["INIT","RUNNING","SUCCESS","FAIL","WAITING_EXECUTE","LISTENING"]};
const schema73 = {"type":"string","pattern":"^(\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\.\\d{3}Z)?$"};
const pattern12 = new RegExp("^(\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\.\\d{3}Z)?$", "u");
const schema75 = {"type":"object","properties":{"volume_id":{"type":"string"},"volume_type":{"type":"string"},"size":{"type":"integer"},"name":{"type":"string"},"sub_jobs":{"type":"array","items":{"$ref":"urn:evs:schemas#/$defs/SubJob"}}}};
const schema76 = {"type":"object","required":["status","entities","job_id","job_type","begin_time","end_time","error_code","fail_reason"],"properties":{"status":{"$ref":"urn:evs:schemas#/$defs/JobStatus"},"entities":{"type":"object","properties":{"volume_id":{"type":"string"},"volume_type":{"type":"string"},"size":{"type":"integer"},"name":{"type":"string"}}},"job_id":{"$ref":"urn:evs:schemas#/$defs/JobId"},"job_type":{"type":"string"},"begin_time":{"$ref":"urn:evs:schemas#/$defs/JobTimestamp"},"end_time":{"$ref":"urn:evs:schemas#/$defs/JobTimestamp"},"error_code":{"type":["string","null"]},"fail_reason":{"type":["string","null"]}}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.entities === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entities"},message:"must have required property '"+"entities"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.job_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job_id"},message:"must have required property '"+"job_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.job_type === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job_type"},message:"must have required property '"+"job_type"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.begin_time === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "begin_time"},message:"must have required property '"+"begin_time"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.end_time === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end_time"},message:"must have required property '"+"end_time"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.error_code === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "error_code"},message:"must have required property '"+"error_code"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.fail_reason === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fail_reason"},message:"must have required property '"+"fail_reason"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
const err8 = {instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/JobStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((((data0 === "INIT") || (data0 === "RUNNING")) || (data0 === "SUCCESS")) || (data0 === "FAIL")) || (data0 === "WAITING_EXECUTE")) || (data0 === "LISTENING"))){
const err9 = {instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/JobStatus/enum",keyword:"enum",params:{allowedValues: schema71.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.entities !== undefined){
let data1 = data.entities;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.volume_id !== undefined){
if(typeof data1.volume_id !== "string"){
const err10 = {instancePath:instancePath+"/entities/volume_id",schemaPath:"#/properties/entities/properties/volume_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.volume_type !== undefined){
if(typeof data1.volume_type !== "string"){
const err11 = {instancePath:instancePath+"/entities/volume_type",schemaPath:"#/properties/entities/properties/volume_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.size !== undefined){
let data4 = data1.size;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/entities/size",schemaPath:"#/properties/entities/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err13 = {instancePath:instancePath+"/entities/name",schemaPath:"#/properties/entities/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/entities",schemaPath:"#/properties/entities/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.job_id !== undefined){
let data6 = data.job_id;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/job_id",schemaPath:"urn:evs:schemas#/$defs/JobId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern9.test(data6)){
const err16 = {instancePath:instancePath+"/job_id",schemaPath:"urn:evs:schemas#/$defs/JobId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z-]+$"},message:"must match pattern \""+"^[0-9A-Za-z-]+$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/job_id",schemaPath:"urn:evs:schemas#/$defs/JobId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.job_type !== undefined){
if(typeof data.job_type !== "string"){
const err18 = {instancePath:instancePath+"/job_type",schemaPath:"#/properties/job_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.begin_time !== undefined){
let data8 = data.begin_time;
if(typeof data8 === "string"){
if(!pattern12.test(data8)){
const err19 = {instancePath:instancePath+"/begin_time",schemaPath:"urn:evs:schemas#/$defs/JobTimestamp/pattern",keyword:"pattern",params:{pattern: "^(\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\.\\d{3}Z)?$"},message:"must match pattern \""+"^(\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\.\\d{3}Z)?$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/begin_time",schemaPath:"urn:evs:schemas#/$defs/JobTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.end_time !== undefined){
let data9 = data.end_time;
if(typeof data9 === "string"){
if(!pattern12.test(data9)){
const err21 = {instancePath:instancePath+"/end_time",schemaPath:"urn:evs:schemas#/$defs/JobTimestamp/pattern",keyword:"pattern",params:{pattern: "^(\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\.\\d{3}Z)?$"},message:"must match pattern \""+"^(\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\.\\d{3}Z)?$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/end_time",schemaPath:"urn:evs:schemas#/$defs/JobTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.error_code !== undefined){
let data10 = data.error_code;
if((typeof data10 !== "string") && (data10 !== null)){
const err23 = {instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/type",keyword:"type",params:{type: schema76.properties.error_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.fail_reason !== undefined){
let data11 = data.fail_reason;
if((typeof data11 !== "string") && (data11 !== null)){
const err24 = {instancePath:instancePath+"/fail_reason",schemaPath:"#/properties/fail_reason/type",keyword:"type",params:{type: schema76.properties.fail_reason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":{"status":true,"entities":true,"job_id":true,"job_type":true,"begin_time":true,"end_time":true,"error_code":true,"fail_reason":true},"dynamicProps":false,"dynamicItems":false};


function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.volume_id !== undefined){
if(typeof data.volume_id !== "string"){
const err0 = {instancePath:instancePath+"/volume_id",schemaPath:"#/properties/volume_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.volume_type !== undefined){
if(typeof data.volume_type !== "string"){
const err1 = {instancePath:instancePath+"/volume_type",schemaPath:"#/properties/volume_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.size !== undefined){
let data2 = data.size;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.sub_jobs !== undefined){
let data4 = data.sub_jobs;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate49(data4[i0], {instancePath:instancePath+"/sub_jobs/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/sub_jobs",schemaPath:"#/properties/sub_jobs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":{"volume_id":true,"volume_type":true,"size":true,"name":true,"sub_jobs":true},"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.job_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job_id"},message:"must have required property '"+"job_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.job_type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job_type"},message:"must have required property '"+"job_type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.begin_time === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "begin_time"},message:"must have required property '"+"begin_time"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/JobStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((data0 === "INIT") || (data0 === "RUNNING")) || (data0 === "SUCCESS")) || (data0 === "FAIL")) || (data0 === "WAITING_EXECUTE")) || (data0 === "LISTENING"))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/JobStatus/enum",keyword:"enum",params:{allowedValues: schema71.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.job_id !== undefined){
let data1 = data.job_id;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/job_id",schemaPath:"urn:evs:schemas#/$defs/JobId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern9.test(data1)){
const err7 = {instancePath:instancePath+"/job_id",schemaPath:"urn:evs:schemas#/$defs/JobId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z-]+$"},message:"must match pattern \""+"^[0-9A-Za-z-]+$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/job_id",schemaPath:"urn:evs:schemas#/$defs/JobId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.job_type !== undefined){
if(typeof data.job_type !== "string"){
const err9 = {instancePath:instancePath+"/job_type",schemaPath:"#/properties/job_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.begin_time !== undefined){
let data3 = data.begin_time;
if(typeof data3 === "string"){
if(!pattern12.test(data3)){
const err10 = {instancePath:instancePath+"/begin_time",schemaPath:"urn:evs:schemas#/$defs/JobTimestamp/pattern",keyword:"pattern",params:{pattern: "^(\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\.\\d{3}Z)?$"},message:"must match pattern \""+"^(\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\.\\d{3}Z)?$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/begin_time",schemaPath:"urn:evs:schemas#/$defs/JobTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.end_time !== undefined){
let data4 = data.end_time;
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err12 = {instancePath:instancePath+"/end_time",schemaPath:"urn:evs:schemas#/$defs/JobTimestamp/pattern",keyword:"pattern",params:{pattern: "^(\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\.\\d{3}Z)?$"},message:"must match pattern \""+"^(\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\.\\d{3}Z)?$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/end_time",schemaPath:"urn:evs:schemas#/$defs/JobTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.error_code !== undefined){
let data5 = data.error_code;
if((typeof data5 !== "string") && (data5 !== null)){
const err14 = {instancePath:instancePath+"/error_code",schemaPath:"#/properties/error_code/type",keyword:"type",params:{type: schema70.properties.error_code.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.fail_reason !== undefined){
let data6 = data.fail_reason;
if((typeof data6 !== "string") && (data6 !== null)){
const err15 = {instancePath:instancePath+"/fail_reason",schemaPath:"#/properties/fail_reason/type",keyword:"type",params:{type: schema70.properties.fail_reason.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.entities !== undefined){
if(!(validate48(data.entities, {instancePath:instancePath+"/entities",parentData:data,parentDataProperty:"entities",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":{"status":true,"job_id":true,"job_type":true,"begin_time":true,"end_time":true,"error_code":true,"fail_reason":true,"entities":true},"dynamicProps":false,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateJob" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate47(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":{"status":true,"job_id":true,"job_type":true,"begin_time":true,"end_time":true,"error_code":true,"fail_reason":true,"entities":true},"dynamicProps":false,"dynamicItems":false};

export const validateQuotaSetResponse = validate53;
const schema81 = {"$ref":"urn:evs:schemas#/$defs/QuotaSetResponse","$id":"urn:evs:validateQuotaSetResponse"};
const schema82 = {"type":"object","required":["quota_set"],"properties":{"quota_set":{"$ref":"urn:evs:schemas#/$defs/QuotaSet"}}};
const schema83 = {"type":"object","required":["id","volumes","snapshots","gigabytes"],"properties":{"id":{"type":"string"},"volumes":{"$ref":"urn:evs:schemas#/$defs/QuotaEntry"},"snapshots":{"$ref":"urn:evs:schemas#/$defs/QuotaEntry"},"gigabytes":{"$ref":"urn:evs:schemas#/$defs/QuotaEntry"},"per_volume_gigabytes":{"$ref":"urn:evs:schemas#/$defs/QuotaEntry"},"backups":{"$ref":"urn:evs:schemas#/$defs/QuotaEntry"},"backup_gigabytes":{"$ref":"urn:evs:schemas#/$defs/QuotaEntry"}},"additionalProperties":{"$ref":"urn:evs:schemas#/$defs/QuotaEntry"}};
const schema84 = {"type":"object","required":["in_use","limit","reserved"],"properties":{"in_use":{"type":"integer"},"limit":{"type":"integer","minimum":-1},"reserved":{"type":"integer"},"allocated":{"type":"integer"}}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.volumes === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "volumes"},message:"must have required property '"+"volumes"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.snapshots === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "snapshots"},message:"must have required property '"+"snapshots"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.gigabytes === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gigabytes"},message:"must have required property '"+"gigabytes"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "volumes")) || (key0 === "snapshots")) || (key0 === "gigabytes")) || (key0 === "per_volume_gigabytes")) || (key0 === "backups")) || (key0 === "backup_gigabytes"))){
let data0 = data[key0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.in_use === undefined){
const err4 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "in_use"},message:"must have required property '"+"in_use"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.limit === undefined){
const err5 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.reserved === undefined){
const err6 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "reserved"},message:"must have required property '"+"reserved"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.in_use !== undefined){
let data1 = data0.in_use;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/in_use",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/in_use/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.limit !== undefined){
let data2 = data0.limit;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/limit",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < -1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/limit",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data0.reserved !== undefined){
let data3 = data0.reserved;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/reserved",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/reserved/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.allocated !== undefined){
let data4 = data0.allocated;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/allocated",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/allocated/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.volumes !== undefined){
let data6 = data.volumes;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.in_use === undefined){
const err14 = {instancePath:instancePath+"/volumes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "in_use"},message:"must have required property '"+"in_use"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6.limit === undefined){
const err15 = {instancePath:instancePath+"/volumes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.reserved === undefined){
const err16 = {instancePath:instancePath+"/volumes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "reserved"},message:"must have required property '"+"reserved"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6.in_use !== undefined){
let data7 = data6.in_use;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err17 = {instancePath:instancePath+"/volumes/in_use",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/in_use/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.limit !== undefined){
let data8 = data6.limit;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err18 = {instancePath:instancePath+"/volumes/limit",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < -1 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/volumes/limit",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data6.reserved !== undefined){
let data9 = data6.reserved;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err20 = {instancePath:instancePath+"/volumes/reserved",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/reserved/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.allocated !== undefined){
let data10 = data6.allocated;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err21 = {instancePath:instancePath+"/volumes/allocated",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/allocated/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/volumes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.snapshots !== undefined){
let data11 = data.snapshots;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.in_use === undefined){
const err23 = {instancePath:instancePath+"/snapshots",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "in_use"},message:"must have required property '"+"in_use"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data11.limit === undefined){
const err24 = {instancePath:instancePath+"/snapshots",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data11.reserved === undefined){
const err25 = {instancePath:instancePath+"/snapshots",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "reserved"},message:"must have required property '"+"reserved"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data11.in_use !== undefined){
let data12 = data11.in_use;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err26 = {instancePath:instancePath+"/snapshots/in_use",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/in_use/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data11.limit !== undefined){
let data13 = data11.limit;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err27 = {instancePath:instancePath+"/snapshots/limit",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < -1 || isNaN(data13)){
const err28 = {instancePath:instancePath+"/snapshots/limit",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data11.reserved !== undefined){
let data14 = data11.reserved;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err29 = {instancePath:instancePath+"/snapshots/reserved",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/reserved/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.allocated !== undefined){
let data15 = data11.allocated;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err30 = {instancePath:instancePath+"/snapshots/allocated",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/allocated/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/snapshots",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.gigabytes !== undefined){
let data16 = data.gigabytes;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.in_use === undefined){
const err32 = {instancePath:instancePath+"/gigabytes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "in_use"},message:"must have required property '"+"in_use"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data16.limit === undefined){
const err33 = {instancePath:instancePath+"/gigabytes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data16.reserved === undefined){
const err34 = {instancePath:instancePath+"/gigabytes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "reserved"},message:"must have required property '"+"reserved"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data16.in_use !== undefined){
let data17 = data16.in_use;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err35 = {instancePath:instancePath+"/gigabytes/in_use",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/in_use/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data16.limit !== undefined){
let data18 = data16.limit;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err36 = {instancePath:instancePath+"/gigabytes/limit",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < -1 || isNaN(data18)){
const err37 = {instancePath:instancePath+"/gigabytes/limit",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data16.reserved !== undefined){
let data19 = data16.reserved;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err38 = {instancePath:instancePath+"/gigabytes/reserved",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/reserved/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data16.allocated !== undefined){
let data20 = data16.allocated;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err39 = {instancePath:instancePath+"/gigabytes/allocated",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/allocated/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/gigabytes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.per_volume_gigabytes !== undefined){
let data21 = data.per_volume_gigabytes;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.in_use === undefined){
const err41 = {instancePath:instancePath+"/per_volume_gigabytes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "in_use"},message:"must have required property '"+"in_use"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data21.limit === undefined){
const err42 = {instancePath:instancePath+"/per_volume_gigabytes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data21.reserved === undefined){
const err43 = {instancePath:instancePath+"/per_volume_gigabytes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "reserved"},message:"must have required property '"+"reserved"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data21.in_use !== undefined){
let data22 = data21.in_use;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err44 = {instancePath:instancePath+"/per_volume_gigabytes/in_use",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/in_use/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data21.limit !== undefined){
let data23 = data21.limit;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err45 = {instancePath:instancePath+"/per_volume_gigabytes/limit",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < -1 || isNaN(data23)){
const err46 = {instancePath:instancePath+"/per_volume_gigabytes/limit",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data21.reserved !== undefined){
let data24 = data21.reserved;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err47 = {instancePath:instancePath+"/per_volume_gigabytes/reserved",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/reserved/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data21.allocated !== undefined){
let data25 = data21.allocated;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err48 = {instancePath:instancePath+"/per_volume_gigabytes/allocated",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/allocated/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/per_volume_gigabytes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.backups !== undefined){
let data26 = data.backups;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.in_use === undefined){
const err50 = {instancePath:instancePath+"/backups",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "in_use"},message:"must have required property '"+"in_use"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data26.limit === undefined){
const err51 = {instancePath:instancePath+"/backups",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data26.reserved === undefined){
const err52 = {instancePath:instancePath+"/backups",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "reserved"},message:"must have required property '"+"reserved"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data26.in_use !== undefined){
let data27 = data26.in_use;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err53 = {instancePath:instancePath+"/backups/in_use",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/in_use/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data26.limit !== undefined){
let data28 = data26.limit;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err54 = {instancePath:instancePath+"/backups/limit",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < -1 || isNaN(data28)){
const err55 = {instancePath:instancePath+"/backups/limit",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
if(data26.reserved !== undefined){
let data29 = data26.reserved;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err56 = {instancePath:instancePath+"/backups/reserved",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/reserved/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data26.allocated !== undefined){
let data30 = data26.allocated;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err57 = {instancePath:instancePath+"/backups/allocated",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/allocated/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/backups",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.backup_gigabytes !== undefined){
let data31 = data.backup_gigabytes;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.in_use === undefined){
const err59 = {instancePath:instancePath+"/backup_gigabytes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "in_use"},message:"must have required property '"+"in_use"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data31.limit === undefined){
const err60 = {instancePath:instancePath+"/backup_gigabytes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data31.reserved === undefined){
const err61 = {instancePath:instancePath+"/backup_gigabytes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/required",keyword:"required",params:{missingProperty: "reserved"},message:"must have required property '"+"reserved"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data31.in_use !== undefined){
let data32 = data31.in_use;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err62 = {instancePath:instancePath+"/backup_gigabytes/in_use",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/in_use/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data31.limit !== undefined){
let data33 = data31.limit;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err63 = {instancePath:instancePath+"/backup_gigabytes/limit",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < -1 || isNaN(data33)){
const err64 = {instancePath:instancePath+"/backup_gigabytes/limit",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
if(data31.reserved !== undefined){
let data34 = data31.reserved;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err65 = {instancePath:instancePath+"/backup_gigabytes/reserved",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/reserved/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data31.allocated !== undefined){
let data35 = data31.allocated;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err66 = {instancePath:instancePath+"/backup_gigabytes/allocated",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/properties/allocated/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/backup_gigabytes",schemaPath:"urn:evs:schemas#/$defs/QuotaEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.quota_set === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "quota_set"},message:"must have required property '"+"quota_set"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.quota_set !== undefined){
if(!(validate55(data.quota_set, {instancePath:instancePath+"/quota_set",parentData:data,parentDataProperty:"quota_set",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":{"quota_set":true},"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateQuotaSetResponse" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":{"quota_set":true},"dynamicProps":false,"dynamicItems":false};

export const validateRollbackResponse = validate58;
const schema91 = {"$ref":"urn:evs:schemas#/$defs/RollbackResponse","$id":"urn:evs:validateRollbackResponse"};
const schema92 = {"type":"object","required":["rollback"],"properties":{"rollback":{"type":"object","required":["volume_id"],"properties":{"volume_id":{"$ref":"urn:evs:schemas#/$defs/VolumeId"}}}}};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rollback === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rollback"},message:"must have required property '"+"rollback"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rollback !== undefined){
let data0 = data.rollback;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.volume_id === undefined){
const err1 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/required",keyword:"required",params:{missingProperty: "volume_id"},message:"must have required property '"+"volume_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.volume_id !== undefined){
let data1 = data0.volume_id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err2 = {instancePath:instancePath+"/rollback/volume_id",schemaPath:"urn:evs:schemas#/$defs/VolumeId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/rollback/volume_id",schemaPath:"urn:evs:schemas#/$defs/VolumeId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"rollback":true},"dynamicProps":false,"dynamicItems":false};


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateRollbackResponse" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate59(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":{"rollback":true},"dynamicProps":false,"dynamicItems":false};

export const validateSnapshotList = validate61;
const schema94 = {"$ref":"urn:evs:schemas#/$defs/SnapshotList","$id":"urn:evs:validateSnapshotList"};
const schema95 = {"type":"object","required":["snapshots"],"properties":{"count":{"type":"integer","minimum":0},"snapshots":{"type":"array","items":{"$ref":"urn:evs:schemas#/$defs/SnapshotListItem"}},"snapshots_links":{"type":"array","items":{"$ref":"urn:evs:schemas#/$defs/Link"}}}};
const schema96 = {"allOf":[{"$ref":"urn:evs:schemas#/$defs/Snapshot"},{"type":"object","properties":{"service_type":{"type":"string"},"dedicated_storage_id":{"type":"string"},"dedicated_storage_name":{"type":"string"}}}]};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.service_type !== undefined){
if(typeof data.service_type !== "string"){
const err0 = {instancePath:instancePath+"/service_type",schemaPath:"#/allOf/1/properties/service_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.dedicated_storage_id !== undefined){
if(typeof data.dedicated_storage_id !== "string"){
const err1 = {instancePath:instancePath+"/dedicated_storage_id",schemaPath:"#/allOf/1/properties/dedicated_storage_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.dedicated_storage_name !== undefined){
if(typeof data.dedicated_storage_name !== "string"){
const err2 = {instancePath:instancePath+"/dedicated_storage_name",schemaPath:"#/allOf/1/properties/dedicated_storage_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":{"service_type":true,"dedicated_storage_id":true,"dedicated_storage_name":true,"id":true,"status":true,"name":true,"description":true,"created_at":true,"updated_at":true,"metadata":true,"volume_id":true,"size":true,"os-extended-snapshot-attributes:progress":true,"os-extended-snapshot-attributes:project_id":true,"user_id":true},"dynamicProps":false,"dynamicItems":false};


function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.snapshots === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "snapshots"},message:"must have required property '"+"snapshots"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.count !== undefined){
let data0 = data.count;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.snapshots !== undefined){
let data1 = data.snapshots;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate63(data1[i0], {instancePath:instancePath+"/snapshots/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/snapshots",schemaPath:"#/properties/snapshots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.snapshots_links !== undefined){
let data3 = data.snapshots_links;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.href === undefined){
const err4 = {instancePath:instancePath+"/snapshots_links/" + i1,schemaPath:"urn:evs:schemas#/$defs/Link/required",keyword:"required",params:{missingProperty: "href"},message:"must have required property '"+"href"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data4.rel === undefined){
const err5 = {instancePath:instancePath+"/snapshots_links/" + i1,schemaPath:"urn:evs:schemas#/$defs/Link/required",keyword:"required",params:{missingProperty: "rel"},message:"must have required property '"+"rel"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data4.href !== undefined){
if(typeof data4.href !== "string"){
const err6 = {instancePath:instancePath+"/snapshots_links/" + i1+"/href",schemaPath:"urn:evs:schemas#/$defs/Link/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.rel !== undefined){
if(typeof data4.rel !== "string"){
const err7 = {instancePath:instancePath+"/snapshots_links/" + i1+"/rel",schemaPath:"urn:evs:schemas#/$defs/Link/properties/rel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/snapshots_links/" + i1,schemaPath:"urn:evs:schemas#/$defs/Link/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/snapshots_links",schemaPath:"#/properties/snapshots_links/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":{"count":true,"snapshots":true,"snapshots_links":true},"dynamicProps":false,"dynamicItems":false};


function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateSnapshotList" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate62(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":{"count":true,"snapshots":true,"snapshots_links":true},"dynamicProps":false,"dynamicItems":false};

export const validateSnapshotMetadataItemResponse = validate67;
const schema98 = {"$ref":"urn:evs:schemas#/$defs/SnapshotMetadataItemResponse","$id":"urn:evs:validateSnapshotMetadataItemResponse"};
const schema99 = {"type":"object","required":["meta"],"properties":{"meta":{"$ref":"urn:evs:schemas#/$defs/SnapshotMetadataItem"}}};
const schema100 = {"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"type":"string"}};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.meta === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meta"},message:"must have required property '"+"meta"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.meta !== undefined){
let data0 = data.meta;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length > 1){
const err1 = {instancePath:instancePath+"/meta",schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadataItem/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(Object.keys(data0).length < 1){
const err2 = {instancePath:instancePath+"/meta",schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadataItem/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
if(typeof data0[key0] !== "string"){
const err3 = {instancePath:instancePath+"/meta/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadataItem/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/meta",schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadataItem/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":{"meta":true},"dynamicProps":false,"dynamicItems":false};


function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateSnapshotMetadataItemResponse" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate68(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":{"meta":true},"dynamicProps":false,"dynamicItems":false};

export const validateSnapshotMetadataResponse = validate70;
const schema101 = {"$ref":"urn:evs:schemas#/$defs/SnapshotMetadataResponse","$id":"urn:evs:validateSnapshotMetadataResponse"};
const schema102 = {"type":"object","required":["metadata"],"properties":{"metadata":{"$ref":"urn:evs:schemas#/$defs/SnapshotMetadata"}}};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metadata === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.metadata !== undefined){
let data0 = data.metadata;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
if(typeof data0[key0] !== "string"){
const err1 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/metadata",schemaPath:"urn:evs:schemas#/$defs/SnapshotMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":{"metadata":true},"dynamicProps":false,"dynamicItems":false};


function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateSnapshotMetadataResponse" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":{"metadata":true},"dynamicProps":false,"dynamicItems":false};

export const validateSnapshotResponse = validate73;
const schema104 = {"$ref":"urn:evs:schemas#/$defs/SnapshotResponse","$id":"urn:evs:validateSnapshotResponse"};
const schema105 = {"type":"object","required":["snapshot"],"properties":{"snapshot":{"$ref":"urn:evs:schemas#/$defs/Snapshot"}}};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.snapshot === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "snapshot"},message:"must have required property '"+"snapshot"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.snapshot !== undefined){
if(!(validate23(data.snapshot, {instancePath:instancePath+"/snapshot",parentData:data,parentDataProperty:"snapshot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":{"snapshot":true},"dynamicProps":false,"dynamicItems":false};


function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateSnapshotResponse" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate74(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":{"snapshot":true},"dynamicProps":false,"dynamicItems":false};

export const validateVolumeList = validate77;
const schema106 = {"$ref":"urn:evs:schemas#/$defs/VolumeList","$id":"urn:evs:validateVolumeList"};
const schema107 = {"type":"object","required":["volumes"],"properties":{"count":{"type":"integer","minimum":0},"volumes":{"type":"array","items":{"$ref":"urn:evs:schemas#/$defs/Volume"}},"volumes_links":{"type":"array","items":{"$ref":"urn:evs:schemas#/$defs/Link"}}}};
const schema108 = {"type":"object","required":["id","status","size","availability_zone","created_at"],"properties":{"id":{"$ref":"urn:evs:schemas#/$defs/VolumeId"},"name":{"type":["string","null"]},"description":{"type":["string","null"]},"status":{"$ref":"urn:evs:schemas#/$defs/VolumeStatus"},"size":{"type":"integer","minimum":0},"availability_zone":{"type":"string"},"volume_type":{"type":["string","null"]},"snapshot_id":{"type":["string","null"]},"source_volid":{"type":["string","null"]},"bootable":{"type":"string","enum":["true","false"]},"encrypted":{"type":"boolean"},"metadata":{"$ref":"urn:evs:schemas#/$defs/VolumeMetadata"},"created_at":{"$ref":"urn:evs:schemas#/$defs/SnapshotTimestamp"},"updated_at":{"anyOf":[{"$ref":"urn:evs:schemas#/$defs/SnapshotTimestamp"},{"type":"null"}]},"attachments":{"type":"array","items":{"$ref":"urn:evs:schemas#/$defs/VolumeAttachment"}},"links":{"type":"array","items":{"$ref":"urn:evs:schemas#/$defs/Link"}},"service_type":{"type":"string"},"multiattach":{"type":"boolean"},"shareable":{"type":["string","boolean"]},"wwn":{"type":"string"},"dedicated_storage_id":{"type":["string","null"]},"dedicated_storage_name":{"type":["string","null"]},"tags":{"type":"object","additionalProperties":{"type":"string"}},"enterprise_project_id":{"type":"string"},"serial_number":{"type":"string"},"os-vol-tenant-attr:tenant_id":{"type":"string"},"os-vol-host-attr:host":{"type":["string","null"]},"volume_image_metadata":{"type":["object","null"]},"replication_status":{"type":["string","null"]},"os-volume-replication:extended_status":{"type":["string","null"]},"os-vol-mig-status-attr:migstat":{"type":["string","null"]},"os-vol-mig-status-attr:name_id":{"type":["string","null"]},"consistencygroup_id":{"type":["string","null"]},"user_id":{"type":["string","null"]},"iops":{"type":"object"},"throughput":{"type":"object"}}};
const schema110 = {"type":"string","enum":["creating","available","in-use","error","attaching","detaching","restoring-backup","backing-up","error_restoring","uploading","downloading","extending","error_extending","deleting","error_deleting","rollbacking","error_rollbacking","awaiting-transfer"]};
const schema111 = {"type":"object","additionalProperties":{"type":"string"}};
const schema114 = {"type":"object","properties":{"server_id":{"type":"string"},"attachment_id":{"type":"string"},"attached_at":{"type":"string"},"host_name":{"type":["string","null"]},"volume_id":{"type":"string"},"device":{"type":"string"},"id":{"type":"string"}}};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.status === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.size === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.availability_zone === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "availability_zone"},message:"must have required property '"+"availability_zone"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.created_at === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"urn:evs:schemas#/$defs/VolumeId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"urn:evs:schemas#/$defs/VolumeId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if((typeof data1 !== "string") && (data1 !== null)){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema108.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if((typeof data2 !== "string") && (data2 !== null)){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema108.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/VolumeStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((((((((((((((((data3 === "creating") || (data3 === "available")) || (data3 === "in-use")) || (data3 === "error")) || (data3 === "attaching")) || (data3 === "detaching")) || (data3 === "restoring-backup")) || (data3 === "backing-up")) || (data3 === "error_restoring")) || (data3 === "uploading")) || (data3 === "downloading")) || (data3 === "extending")) || (data3 === "error_extending")) || (data3 === "deleting")) || (data3 === "error_deleting")) || (data3 === "rollbacking")) || (data3 === "error_rollbacking")) || (data3 === "awaiting-transfer"))){
const err10 = {instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/VolumeStatus/enum",keyword:"enum",params:{allowedValues: schema110.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.size !== undefined){
let data4 = data.size;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.availability_zone !== undefined){
if(typeof data.availability_zone !== "string"){
const err13 = {instancePath:instancePath+"/availability_zone",schemaPath:"#/properties/availability_zone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.volume_type !== undefined){
let data6 = data.volume_type;
if((typeof data6 !== "string") && (data6 !== null)){
const err14 = {instancePath:instancePath+"/volume_type",schemaPath:"#/properties/volume_type/type",keyword:"type",params:{type: schema108.properties.volume_type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.snapshot_id !== undefined){
let data7 = data.snapshot_id;
if((typeof data7 !== "string") && (data7 !== null)){
const err15 = {instancePath:instancePath+"/snapshot_id",schemaPath:"#/properties/snapshot_id/type",keyword:"type",params:{type: schema108.properties.snapshot_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.source_volid !== undefined){
let data8 = data.source_volid;
if((typeof data8 !== "string") && (data8 !== null)){
const err16 = {instancePath:instancePath+"/source_volid",schemaPath:"#/properties/source_volid/type",keyword:"type",params:{type: schema108.properties.source_volid.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.bootable !== undefined){
let data9 = data.bootable;
if(typeof data9 !== "string"){
const err17 = {instancePath:instancePath+"/bootable",schemaPath:"#/properties/bootable/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((data9 === "true") || (data9 === "false"))){
const err18 = {instancePath:instancePath+"/bootable",schemaPath:"#/properties/bootable/enum",keyword:"enum",params:{allowedValues: schema108.properties.bootable.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.encrypted !== undefined){
if(typeof data.encrypted !== "boolean"){
const err19 = {instancePath:instancePath+"/encrypted",schemaPath:"#/properties/encrypted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.metadata !== undefined){
let data11 = data.metadata;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key0 in data11){
if(typeof data11[key0] !== "string"){
const err20 = {instancePath:instancePath+"/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"urn:evs:schemas#/$defs/VolumeMetadata/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/metadata",schemaPath:"urn:evs:schemas#/$defs/VolumeMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.created_at !== undefined){
let data13 = data.created_at;
if(typeof data13 === "string"){
if(!pattern5.test(data13)){
const err22 = {instancePath:instancePath+"/created_at",schemaPath:"urn:evs:schemas#/$defs/SnapshotTimestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/created_at",schemaPath:"urn:evs:schemas#/$defs/SnapshotTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.updated_at !== undefined){
let data14 = data.updated_at;
const _errs35 = errors;
let valid6 = false;
const _errs36 = errors;
if(typeof data14 === "string"){
if(!pattern5.test(data14)){
const err24 = {instancePath:instancePath+"/updated_at",schemaPath:"urn:evs:schemas#/$defs/SnapshotTimestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?$"},message:"must match pattern \""+"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/updated_at",schemaPath:"urn:evs:schemas#/$defs/SnapshotTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs36 === errors;
valid6 = valid6 || _valid0;
const _errs39 = errors;
if(data14 !== null){
const err26 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs39 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const err27 = {instancePath:instancePath+"/updated_at",schemaPath:"#/properties/updated_at/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data.attachments !== undefined){
let data15 = data.attachments;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.server_id !== undefined){
if(typeof data16.server_id !== "string"){
const err28 = {instancePath:instancePath+"/attachments/" + i0+"/server_id",schemaPath:"urn:evs:schemas#/$defs/VolumeAttachment/properties/server_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data16.attachment_id !== undefined){
if(typeof data16.attachment_id !== "string"){
const err29 = {instancePath:instancePath+"/attachments/" + i0+"/attachment_id",schemaPath:"urn:evs:schemas#/$defs/VolumeAttachment/properties/attachment_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data16.attached_at !== undefined){
if(typeof data16.attached_at !== "string"){
const err30 = {instancePath:instancePath+"/attachments/" + i0+"/attached_at",schemaPath:"urn:evs:schemas#/$defs/VolumeAttachment/properties/attached_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data16.host_name !== undefined){
let data20 = data16.host_name;
if((typeof data20 !== "string") && (data20 !== null)){
const err31 = {instancePath:instancePath+"/attachments/" + i0+"/host_name",schemaPath:"urn:evs:schemas#/$defs/VolumeAttachment/properties/host_name/type",keyword:"type",params:{type: schema114.properties.host_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data16.volume_id !== undefined){
if(typeof data16.volume_id !== "string"){
const err32 = {instancePath:instancePath+"/attachments/" + i0+"/volume_id",schemaPath:"urn:evs:schemas#/$defs/VolumeAttachment/properties/volume_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data16.device !== undefined){
if(typeof data16.device !== "string"){
const err33 = {instancePath:instancePath+"/attachments/" + i0+"/device",schemaPath:"urn:evs:schemas#/$defs/VolumeAttachment/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data16.id !== undefined){
if(typeof data16.id !== "string"){
const err34 = {instancePath:instancePath+"/attachments/" + i0+"/id",schemaPath:"urn:evs:schemas#/$defs/VolumeAttachment/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/attachments/" + i0,schemaPath:"urn:evs:schemas#/$defs/VolumeAttachment/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.links !== undefined){
let data24 = data.links;
if(Array.isArray(data24)){
const len1 = data24.length;
for(let i1=0; i1<len1; i1++){
let data25 = data24[i1];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.href === undefined){
const err37 = {instancePath:instancePath+"/links/" + i1,schemaPath:"urn:evs:schemas#/$defs/Link/required",keyword:"required",params:{missingProperty: "href"},message:"must have required property '"+"href"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data25.rel === undefined){
const err38 = {instancePath:instancePath+"/links/" + i1,schemaPath:"urn:evs:schemas#/$defs/Link/required",keyword:"required",params:{missingProperty: "rel"},message:"must have required property '"+"rel"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data25.href !== undefined){
if(typeof data25.href !== "string"){
const err39 = {instancePath:instancePath+"/links/" + i1+"/href",schemaPath:"urn:evs:schemas#/$defs/Link/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data25.rel !== undefined){
if(typeof data25.rel !== "string"){
const err40 = {instancePath:instancePath+"/links/" + i1+"/rel",schemaPath:"urn:evs:schemas#/$defs/Link/properties/rel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/links/" + i1,schemaPath:"urn:evs:schemas#/$defs/Link/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.service_type !== undefined){
if(typeof data.service_type !== "string"){
const err43 = {instancePath:instancePath+"/service_type",schemaPath:"#/properties/service_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.multiattach !== undefined){
if(typeof data.multiattach !== "boolean"){
const err44 = {instancePath:instancePath+"/multiattach",schemaPath:"#/properties/multiattach/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.shareable !== undefined){
let data30 = data.shareable;
if((typeof data30 !== "string") && (typeof data30 !== "boolean")){
const err45 = {instancePath:instancePath+"/shareable",schemaPath:"#/properties/shareable/type",keyword:"type",params:{type: schema108.properties.shareable.type},message:"must be string,boolean"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.wwn !== undefined){
if(typeof data.wwn !== "string"){
const err46 = {instancePath:instancePath+"/wwn",schemaPath:"#/properties/wwn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.dedicated_storage_id !== undefined){
let data32 = data.dedicated_storage_id;
if((typeof data32 !== "string") && (data32 !== null)){
const err47 = {instancePath:instancePath+"/dedicated_storage_id",schemaPath:"#/properties/dedicated_storage_id/type",keyword:"type",params:{type: schema108.properties.dedicated_storage_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.dedicated_storage_name !== undefined){
let data33 = data.dedicated_storage_name;
if((typeof data33 !== "string") && (data33 !== null)){
const err48 = {instancePath:instancePath+"/dedicated_storage_name",schemaPath:"#/properties/dedicated_storage_name/type",keyword:"type",params:{type: schema108.properties.dedicated_storage_name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.tags !== undefined){
let data34 = data.tags;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key1 in data34){
if(typeof data34[key1] !== "string"){
const err49 = {instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.enterprise_project_id !== undefined){
if(typeof data.enterprise_project_id !== "string"){
const err51 = {instancePath:instancePath+"/enterprise_project_id",schemaPath:"#/properties/enterprise_project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.serial_number !== undefined){
if(typeof data.serial_number !== "string"){
const err52 = {instancePath:instancePath+"/serial_number",schemaPath:"#/properties/serial_number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data["os-vol-tenant-attr:tenant_id"] !== undefined){
if(typeof data["os-vol-tenant-attr:tenant_id"] !== "string"){
const err53 = {instancePath:instancePath+"/os-vol-tenant-attr:tenant_id",schemaPath:"#/properties/os-vol-tenant-attr%3Atenant_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data["os-vol-host-attr:host"] !== undefined){
let data39 = data["os-vol-host-attr:host"];
if((typeof data39 !== "string") && (data39 !== null)){
const err54 = {instancePath:instancePath+"/os-vol-host-attr:host",schemaPath:"#/properties/os-vol-host-attr%3Ahost/type",keyword:"type",params:{type: schema108.properties["os-vol-host-attr:host"].type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.volume_image_metadata !== undefined){
let data40 = data.volume_image_metadata;
if((!(data40 && typeof data40 == "object" && !Array.isArray(data40))) && (data40 !== null)){
const err55 = {instancePath:instancePath+"/volume_image_metadata",schemaPath:"#/properties/volume_image_metadata/type",keyword:"type",params:{type: schema108.properties.volume_image_metadata.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.replication_status !== undefined){
let data41 = data.replication_status;
if((typeof data41 !== "string") && (data41 !== null)){
const err56 = {instancePath:instancePath+"/replication_status",schemaPath:"#/properties/replication_status/type",keyword:"type",params:{type: schema108.properties.replication_status.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data["os-volume-replication:extended_status"] !== undefined){
let data42 = data["os-volume-replication:extended_status"];
if((typeof data42 !== "string") && (data42 !== null)){
const err57 = {instancePath:instancePath+"/os-volume-replication:extended_status",schemaPath:"#/properties/os-volume-replication%3Aextended_status/type",keyword:"type",params:{type: schema108.properties["os-volume-replication:extended_status"].type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data["os-vol-mig-status-attr:migstat"] !== undefined){
let data43 = data["os-vol-mig-status-attr:migstat"];
if((typeof data43 !== "string") && (data43 !== null)){
const err58 = {instancePath:instancePath+"/os-vol-mig-status-attr:migstat",schemaPath:"#/properties/os-vol-mig-status-attr%3Amigstat/type",keyword:"type",params:{type: schema108.properties["os-vol-mig-status-attr:migstat"].type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data["os-vol-mig-status-attr:name_id"] !== undefined){
let data44 = data["os-vol-mig-status-attr:name_id"];
if((typeof data44 !== "string") && (data44 !== null)){
const err59 = {instancePath:instancePath+"/os-vol-mig-status-attr:name_id",schemaPath:"#/properties/os-vol-mig-status-attr%3Aname_id/type",keyword:"type",params:{type: schema108.properties["os-vol-mig-status-attr:name_id"].type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.consistencygroup_id !== undefined){
let data45 = data.consistencygroup_id;
if((typeof data45 !== "string") && (data45 !== null)){
const err60 = {instancePath:instancePath+"/consistencygroup_id",schemaPath:"#/properties/consistencygroup_id/type",keyword:"type",params:{type: schema108.properties.consistencygroup_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.user_id !== undefined){
let data46 = data.user_id;
if((typeof data46 !== "string") && (data46 !== null)){
const err61 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: schema108.properties.user_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.iops !== undefined){
let data47 = data.iops;
if(!(data47 && typeof data47 == "object" && !Array.isArray(data47))){
const err62 = {instancePath:instancePath+"/iops",schemaPath:"#/properties/iops/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.throughput !== undefined){
let data48 = data.throughput;
if(!(data48 && typeof data48 == "object" && !Array.isArray(data48))){
const err63 = {instancePath:instancePath+"/throughput",schemaPath:"#/properties/throughput/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"props":{"id":true,"name":true,"description":true,"status":true,"size":true,"availability_zone":true,"volume_type":true,"snapshot_id":true,"source_volid":true,"bootable":true,"encrypted":true,"metadata":true,"created_at":true,"updated_at":true,"attachments":true,"links":true,"service_type":true,"multiattach":true,"shareable":true,"wwn":true,"dedicated_storage_id":true,"dedicated_storage_name":true,"tags":true,"enterprise_project_id":true,"serial_number":true,"os-vol-tenant-attr:tenant_id":true,"os-vol-host-attr:host":true,"volume_image_metadata":true,"replication_status":true,"os-volume-replication:extended_status":true,"os-vol-mig-status-attr:migstat":true,"os-vol-mig-status-attr:name_id":true,"consistencygroup_id":true,"user_id":true,"iops":true,"throughput":true},"dynamicProps":false,"dynamicItems":false};


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.volumes === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "volumes"},message:"must have required property '"+"volumes"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.count !== undefined){
let data0 = data.count;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.volumes !== undefined){
let data1 = data.volumes;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate79(data1[i0], {instancePath:instancePath+"/volumes/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.volumes_links !== undefined){
let data3 = data.volumes_links;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.href === undefined){
const err4 = {instancePath:instancePath+"/volumes_links/" + i1,schemaPath:"urn:evs:schemas#/$defs/Link/required",keyword:"required",params:{missingProperty: "href"},message:"must have required property '"+"href"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data4.rel === undefined){
const err5 = {instancePath:instancePath+"/volumes_links/" + i1,schemaPath:"urn:evs:schemas#/$defs/Link/required",keyword:"required",params:{missingProperty: "rel"},message:"must have required property '"+"rel"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data4.href !== undefined){
if(typeof data4.href !== "string"){
const err6 = {instancePath:instancePath+"/volumes_links/" + i1+"/href",schemaPath:"urn:evs:schemas#/$defs/Link/properties/href/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.rel !== undefined){
if(typeof data4.rel !== "string"){
const err7 = {instancePath:instancePath+"/volumes_links/" + i1+"/rel",schemaPath:"urn:evs:schemas#/$defs/Link/properties/rel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/volumes_links/" + i1,schemaPath:"urn:evs:schemas#/$defs/Link/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/volumes_links",schemaPath:"#/properties/volumes_links/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":{"count":true,"volumes":true,"volumes_links":true},"dynamicProps":false,"dynamicItems":false};


function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateVolumeList" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":{"count":true,"volumes":true,"volumes_links":true},"dynamicProps":false,"dynamicItems":false};

export const validateVolumeResponse = validate82;
const schema117 = {"$ref":"urn:evs:schemas#/$defs/VolumeResponse","$id":"urn:evs:validateVolumeResponse"};
const schema118 = {"type":"object","required":["volume"],"properties":{"volume":{"$ref":"urn:evs:schemas#/$defs/Volume"}}};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.volume === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "volume"},message:"must have required property '"+"volume"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.volume !== undefined){
if(!(validate79(data.volume, {instancePath:instancePath+"/volume",parentData:data,parentDataProperty:"volume",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":{"volume":true},"dynamicProps":false,"dynamicItems":false};


function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateVolumeResponse" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate83(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":{"volume":true},"dynamicProps":false,"dynamicItems":false};


/** The validator of each response schema, by its component name (as the operations table names it). */
export const responseValidators = {
  CinderSnapshotList: validateCinderSnapshotList,
  CinderSnapshotSummaryList: validateCinderSnapshotSummaryList,
  CreateVolumeResponse: validateCreateVolumeResponse,
  DeleteVolumeResponse: validateDeleteVolumeResponse,
  ErrorResponse: validateErrorResponse,
  Job: validateJob,
  QuotaSetResponse: validateQuotaSetResponse,
  RollbackResponse: validateRollbackResponse,
  SnapshotList: validateSnapshotList,
  SnapshotMetadataItemResponse: validateSnapshotMetadataItemResponse,
  SnapshotMetadataResponse: validateSnapshotMetadataResponse,
  SnapshotResponse: validateSnapshotResponse,
  VolumeList: validateVolumeList,
  VolumeResponse: validateVolumeResponse,
};
