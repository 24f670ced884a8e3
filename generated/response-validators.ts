// @ts-nocheck
/**
 * Validators of response bodies, one per component schema a response uses.
 * Generated from spec/ by `npm run build` (Ajv standalone code); do not edit by hand.
 */
"use strict";
export const validateErrorResponse = validate20;
const schema31 = {"$ref":"urn:evs:schemas#/$defs/ErrorResponse","$id":"urn:evs:validateErrorResponse"};
const schema33 = {"oneOf":[{"$ref":"urn:evs:schemas#/$defs/GatewayError"},{"$ref":"urn:evs:schemas#/$defs/WrappedError"}]};
const schema34 = {"type":"object","required":["error_code","error_msg"],"properties":{"error_code":{"type":"string"},"error_msg":{"type":"string"},"request_id":{"type":"string"}}};
const schema35 = {"type":"object","minProperties":1,"maxProperties":1,"properties":{"error":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"badRequest":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"unauthorized":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"forbidden":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"itemNotFound":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"badMethod":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"conflictingRequest":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"overLimit":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"badMediaType":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"notImplemented":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"serviceUnavailable":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"},"computeFault":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"}},"additionalProperties":{"$ref":"urn:evs:schemas#/$defs/ErrorDetail"}};
const schema36 = {"type":"object","required":["code","message"],"properties":{"code":{"type":["string","integer"]},"message":{"type":"string"}}};
const func1 = Object.prototype.hasOwnProperty;

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
if(!(func1.call(schema35.properties, key0))){
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
const err4 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema36.properties.code.type},message:"must be string,integer"};
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
const err9 = {instancePath:instancePath+"/error/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema36.properties.code.type},message:"must be string,integer"};
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
const err14 = {instancePath:instancePath+"/badRequest/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema36.properties.code.type},message:"must be string,integer"};
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
const err19 = {instancePath:instancePath+"/unauthorized/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema36.properties.code.type},message:"must be string,integer"};
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
const err24 = {instancePath:instancePath+"/forbidden/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema36.properties.code.type},message:"must be string,integer"};
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
const err29 = {instancePath:instancePath+"/itemNotFound/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema36.properties.code.type},message:"must be string,integer"};
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
const err34 = {instancePath:instancePath+"/badMethod/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema36.properties.code.type},message:"must be string,integer"};
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
const err39 = {instancePath:instancePath+"/conflictingRequest/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema36.properties.code.type},message:"must be string,integer"};
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
const err44 = {instancePath:instancePath+"/overLimit/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema36.properties.code.type},message:"must be string,integer"};
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
const err49 = {instancePath:instancePath+"/badMediaType/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema36.properties.code.type},message:"must be string,integer"};
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
const err54 = {instancePath:instancePath+"/notImplemented/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema36.properties.code.type},message:"must be string,integer"};
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
const err59 = {instancePath:instancePath+"/serviceUnavailable/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema36.properties.code.type},message:"must be string,integer"};
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
const err64 = {instancePath:instancePath+"/computeFault/code",schemaPath:"urn:evs:schemas#/$defs/ErrorDetail/properties/code/type",keyword:"type",params:{type: schema36.properties.code.type},message:"must be string,integer"};
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
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
validate22.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateErrorResponse" */;
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
else {
var props0 = validate22.evaluated.props;
}
validate20.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const validateRollbackResponse = validate26;
const schema49 = {"$ref":"urn:evs:schemas#/$defs/RollbackResponse","$id":"urn:evs:validateRollbackResponse"};
const schema50 = {"type":"object","required":["rollback"],"properties":{"rollback":{"type":"object","required":["volume_id"],"properties":{"volume_id":{"$ref":"urn:evs:schemas#/$defs/VolumeId"}}}}};
const schema51 = {"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"};
const pattern4 = new RegExp("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", "u");

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
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"rollback":true},"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateRollbackResponse" */;
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
validate26.evaluated = {"props":{"rollback":true},"dynamicProps":false,"dynamicItems":false};

export const validateSnapshotList = validate29;
const schema52 = {"$ref":"urn:evs:schemas#/$defs/SnapshotList","$id":"urn:evs:validateSnapshotList"};
const schema53 = {"type":"object","required":["snapshots"],"properties":{"count":{"type":"integer","minimum":0},"snapshots":{"type":"array","items":{"$ref":"urn:evs:schemas#/$defs/SnapshotListItem"}},"snapshots_links":{"type":"array","items":{"$ref":"urn:evs:schemas#/$defs/Link"}}}};
const schema62 = {"type":"object","required":["href","rel"],"properties":{"href":{"type":"string"},"rel":{"type":"string"}}};
const schema54 = {"allOf":[{"$ref":"urn:evs:schemas#/$defs/Snapshot"},{"type":"object","properties":{"service_type":{"type":"string"},"dedicated_storage_id":{"type":"string"},"dedicated_storage_name":{"type":"string"}}}]};
const schema55 = {"type":"object","required":["id","status","created_at","volume_id","size"],"properties":{"id":{"$ref":"urn:evs:schemas#/$defs/SnapshotId"},"status":{"$ref":"urn:evs:schemas#/$defs/SnapshotStatus"},"name":{"type":["string","null"]},"description":{"type":["string","null"]},"created_at":{"$ref":"urn:evs:schemas#/$defs/SnapshotTimestamp"},"updated_at":{"anyOf":[{"$ref":"urn:evs:schemas#/$defs/SnapshotTimestamp"},{"type":"null"}]},"metadata":{"$ref":"urn:evs:schemas#/$defs/SnapshotMetadata"},"volume_id":{"$ref":"urn:evs:schemas#/$defs/VolumeId"},"size":{"type":"integer","minimum":0},"os-extended-snapshot-attributes:progress":{"type":"string","pattern":"^(100|[1-9]?[0-9])%$"},"os-extended-snapshot-attributes:project_id":{"type":"string"}}};
const schema56 = {"type":"string","pattern":"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"};
const schema57 = {"type":"string","enum":["creating","available","error","deleting","error_deleting","rollbacking","backing-up"]};
const schema58 = {"type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?$"};
const schema60 = {"type":"object","additionalProperties":{"type":"string"}};
const pattern6 = new RegExp("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?$", "u");
const pattern9 = new RegExp("^(100|[1-9]?[0-9])%$", "u");

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
const err8 = {instancePath:instancePath+"/status",schemaPath:"urn:evs:schemas#/$defs/SnapshotStatus/enum",keyword:"enum",params:{allowedValues: schema57.enum},message:"must be equal to one of the allowed values"};
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
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema55.properties.name.type},message:"must be string,null"};
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
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema55.properties.description.type},message:"must be string,null"};
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
if(!pattern6.test(data4)){
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
if(!pattern6.test(data5)){
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
if(!pattern9.test(data10)){
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
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"id":true,"status":true,"name":true,"description":true,"created_at":true,"updated_at":true,"metadata":true,"volume_id":true,"size":true,"os-extended-snapshot-attributes:progress":true,"os-extended-snapshot-attributes:project_id":true},"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"service_type":true,"dedicated_storage_id":true,"dedicated_storage_name":true,"id":true,"status":true,"name":true,"description":true,"created_at":true,"updated_at":true,"metadata":true,"volume_id":true,"size":true,"os-extended-snapshot-attributes:progress":true,"os-extended-snapshot-attributes:project_id":true},"dynamicProps":false,"dynamicItems":false};


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
if(!(validate31(data1[i0], {instancePath:instancePath+"/snapshots/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
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
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"count":true,"snapshots":true,"snapshots_links":true},"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateSnapshotList" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"count":true,"snapshots":true,"snapshots_links":true},"dynamicProps":false,"dynamicItems":false};

export const validateSnapshotResponse = validate36;
const schema63 = {"$ref":"urn:evs:schemas#/$defs/SnapshotResponse","$id":"urn:evs:validateSnapshotResponse"};
const schema64 = {"type":"object","required":["snapshot"],"properties":{"snapshot":{"$ref":"urn:evs:schemas#/$defs/Snapshot"}}};

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
if(!(validate32(data.snapshot, {instancePath:instancePath+"/snapshot",parentData:data,parentDataProperty:"snapshot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
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
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"snapshot":true},"dynamicProps":false,"dynamicItems":false};


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:evs:validateSnapshotResponse" */;
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
validate36.evaluated = {"props":{"snapshot":true},"dynamicProps":false,"dynamicItems":false};


/** The validator of each response schema, by its component name (as the operations table names it). */
export const responseValidators = {
  ErrorResponse: validateErrorResponse,
  RollbackResponse: validateRollbackResponse,
  SnapshotList: validateSnapshotList,
  SnapshotResponse: validateSnapshotResponse,
};
