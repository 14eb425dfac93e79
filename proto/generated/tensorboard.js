/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const tensorboard = $root.tensorboard = (() => {

    /**
     * Namespace tensorboard.
     * @exports tensorboard
     * @namespace
     */
    const tensorboard = {};

    tensorboard.Event = (function() {

        /**
         * Properties of an Event.
         * @memberof tensorboard
         * @interface IEvent
         * @property {number|null} [wallTime] Event wallTime
         * @property {number|null} [step] Event step
         * @property {string|null} [fileVersion] Event fileVersion
         * @property {Uint8Array|null} [graphDef] Event graphDef
         * @property {tensorboard.ISummary|null} [summary] Event summary
         * @property {tensorboard.ILogMessage|null} [logMessage] Event logMessage
         * @property {tensorboard.ISessionLog|null} [sessionLog] Event sessionLog
         * @property {tensorboard.ITaggedRunMetadata|null} [taggedRunMetadata] Event taggedRunMetadata
         * @property {Uint8Array|null} [metaGraphDef] Event metaGraphDef
         * @property {tensorboard.ISourceMetadata|null} [sourceMetadata] Event sourceMetadata
         */

        /**
         * Constructs a new Event.
         * @memberof tensorboard
         * @classdesc Represents an Event.
         * @implements IEvent
         * @constructor
         * @param {tensorboard.IEvent=} [properties] Properties to set
         */
        function Event(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Event wallTime.
         * @member {number} wallTime
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.wallTime = 0;

        /**
         * Event step.
         * @member {number} step
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.step = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Event fileVersion.
         * @member {string|null|undefined} fileVersion
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.fileVersion = null;

        /**
         * Event graphDef.
         * @member {Uint8Array|null|undefined} graphDef
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.graphDef = null;

        /**
         * Event summary.
         * @member {tensorboard.ISummary|null|undefined} summary
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.summary = null;

        /**
         * Event logMessage.
         * @member {tensorboard.ILogMessage|null|undefined} logMessage
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.logMessage = null;

        /**
         * Event sessionLog.
         * @member {tensorboard.ISessionLog|null|undefined} sessionLog
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.sessionLog = null;

        /**
         * Event taggedRunMetadata.
         * @member {tensorboard.ITaggedRunMetadata|null|undefined} taggedRunMetadata
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.taggedRunMetadata = null;

        /**
         * Event metaGraphDef.
         * @member {Uint8Array|null|undefined} metaGraphDef
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.metaGraphDef = null;

        /**
         * Event sourceMetadata.
         * @member {tensorboard.ISourceMetadata|null|undefined} sourceMetadata
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.sourceMetadata = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Event what.
         * @member {"fileVersion"|"graphDef"|"summary"|"logMessage"|"sessionLog"|"taggedRunMetadata"|"metaGraphDef"|undefined} what
         * @memberof tensorboard.Event
         * @instance
         */
        Object.defineProperty(Event.prototype, "what", {
            get: $util.oneOfGetter($oneOfFields = ["fileVersion", "graphDef", "summary", "logMessage", "sessionLog", "taggedRunMetadata", "metaGraphDef"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Event instance using the specified properties.
         * @function create
         * @memberof tensorboard.Event
         * @static
         * @param {tensorboard.IEvent=} [properties] Properties to set
         * @returns {tensorboard.Event} Event instance
         */
        Event.create = function create(properties) {
            return new Event(properties);
        };

        /**
         * Encodes the specified Event message. Does not implicitly {@link tensorboard.Event.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.Event
         * @static
         * @param {tensorboard.IEvent} message Event message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Event.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.wallTime != null && Object.hasOwnProperty.call(message, "wallTime"))
                writer.uint32(/* id 1, wireType 1 =*/9).double(message.wallTime);
            if (message.step != null && Object.hasOwnProperty.call(message, "step"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.step);
            if (message.fileVersion != null && Object.hasOwnProperty.call(message, "fileVersion"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.fileVersion);
            if (message.graphDef != null && Object.hasOwnProperty.call(message, "graphDef"))
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.graphDef);
            if (message.summary != null && Object.hasOwnProperty.call(message, "summary"))
                $root.tensorboard.Summary.encode(message.summary, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (message.logMessage != null && Object.hasOwnProperty.call(message, "logMessage"))
                $root.tensorboard.LogMessage.encode(message.logMessage, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            if (message.sessionLog != null && Object.hasOwnProperty.call(message, "sessionLog"))
                $root.tensorboard.SessionLog.encode(message.sessionLog, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (message.taggedRunMetadata != null && Object.hasOwnProperty.call(message, "taggedRunMetadata"))
                $root.tensorboard.TaggedRunMetadata.encode(message.taggedRunMetadata, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (message.metaGraphDef != null && Object.hasOwnProperty.call(message, "metaGraphDef"))
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.metaGraphDef);
            if (message.sourceMetadata != null && Object.hasOwnProperty.call(message, "sourceMetadata"))
                $root.tensorboard.SourceMetadata.encode(message.sourceMetadata, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an Event message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.Event
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.Event} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Event.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.Event();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.wallTime = reader.double();
                        break;
                    }
                case 2: {
                        message.step = reader.int64();
                        break;
                    }
                case 3: {
                        message.fileVersion = reader.string();
                        break;
                    }
                case 4: {
                        message.graphDef = reader.bytes();
                        break;
                    }
                case 5: {
                        message.summary = $root.tensorboard.Summary.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 6: {
                        message.logMessage = $root.tensorboard.LogMessage.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 7: {
                        message.sessionLog = $root.tensorboard.SessionLog.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 8: {
                        message.taggedRunMetadata = $root.tensorboard.TaggedRunMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 9: {
                        message.metaGraphDef = reader.bytes();
                        break;
                    }
                case 10: {
                        message.sourceMetadata = $root.tensorboard.SourceMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies an Event message.
         * @function verify
         * @memberof tensorboard.Event
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Event.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            let properties = {};
            if (message.wallTime != null && Object.hasOwnProperty.call(message, "wallTime"))
                if (typeof message.wallTime !== "number")
                    return "wallTime: number expected";
            if (message.step != null && Object.hasOwnProperty.call(message, "step"))
                if (!$util.isInteger(message.step) && !(message.step && $util.isInteger(message.step.low) && $util.isInteger(message.step.high)))
                    return "step: integer|Long expected";
            if (message.fileVersion != null && Object.hasOwnProperty.call(message, "fileVersion")) {
                properties.what = 1;
                if (!$util.isString(message.fileVersion))
                    return "fileVersion: string expected";
            }
            if (message.graphDef != null && Object.hasOwnProperty.call(message, "graphDef")) {
                if (properties.what === 1)
                    return "what: multiple values";
                properties.what = 1;
                if (!(message.graphDef && typeof message.graphDef.length === "number" || $util.isString(message.graphDef)))
                    return "graphDef: buffer expected";
            }
            if (message.summary != null && Object.hasOwnProperty.call(message, "summary")) {
                if (properties.what === 1)
                    return "what: multiple values";
                properties.what = 1;
                {
                    let error = $root.tensorboard.Summary.verify(message.summary, long + 1);
                    if (error)
                        return "summary." + error;
                }
            }
            if (message.logMessage != null && Object.hasOwnProperty.call(message, "logMessage")) {
                if (properties.what === 1)
                    return "what: multiple values";
                properties.what = 1;
                {
                    let error = $root.tensorboard.LogMessage.verify(message.logMessage, long + 1);
                    if (error)
                        return "logMessage." + error;
                }
            }
            if (message.sessionLog != null && Object.hasOwnProperty.call(message, "sessionLog")) {
                if (properties.what === 1)
                    return "what: multiple values";
                properties.what = 1;
                {
                    let error = $root.tensorboard.SessionLog.verify(message.sessionLog, long + 1);
                    if (error)
                        return "sessionLog." + error;
                }
            }
            if (message.taggedRunMetadata != null && Object.hasOwnProperty.call(message, "taggedRunMetadata")) {
                if (properties.what === 1)
                    return "what: multiple values";
                properties.what = 1;
                {
                    let error = $root.tensorboard.TaggedRunMetadata.verify(message.taggedRunMetadata, long + 1);
                    if (error)
                        return "taggedRunMetadata." + error;
                }
            }
            if (message.metaGraphDef != null && Object.hasOwnProperty.call(message, "metaGraphDef")) {
                if (properties.what === 1)
                    return "what: multiple values";
                properties.what = 1;
                if (!(message.metaGraphDef && typeof message.metaGraphDef.length === "number" || $util.isString(message.metaGraphDef)))
                    return "metaGraphDef: buffer expected";
            }
            if (message.sourceMetadata != null && Object.hasOwnProperty.call(message, "sourceMetadata")) {
                let error = $root.tensorboard.SourceMetadata.verify(message.sourceMetadata, long + 1);
                if (error)
                    return "sourceMetadata." + error;
            }
            return null;
        };

        /**
         * Creates an Event message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.Event
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.Event} Event
         */
        Event.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.Event)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.Event: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.Event();
            if (object.wallTime != null)
                message.wallTime = Number(object.wallTime);
            if (object.step != null)
                if ($util.Long)
                    message.step = $util.Long.fromValue(object.step, false);
                else if (typeof object.step === "string")
                    message.step = parseInt(object.step, 10);
                else if (typeof object.step === "number")
                    message.step = object.step;
                else if (typeof object.step === "object")
                    message.step = new $util.LongBits(object.step.low >>> 0, object.step.high >>> 0).toNumber();
            if (object.fileVersion != null)
                message.fileVersion = String(object.fileVersion);
            if (object.graphDef != null)
                if (typeof object.graphDef === "string")
                    $util.base64.decode(object.graphDef, message.graphDef = $util.newBuffer($util.base64.length(object.graphDef)), 0);
                else if (object.graphDef.length >= 0)
                    message.graphDef = object.graphDef;
            if (object.summary != null) {
                if (!$util.isObject(object.summary))
                    throw TypeError(".tensorboard.Event.summary: object expected");
                message.summary = $root.tensorboard.Summary.fromObject(object.summary, long + 1);
            }
            if (object.logMessage != null) {
                if (!$util.isObject(object.logMessage))
                    throw TypeError(".tensorboard.Event.logMessage: object expected");
                message.logMessage = $root.tensorboard.LogMessage.fromObject(object.logMessage, long + 1);
            }
            if (object.sessionLog != null) {
                if (!$util.isObject(object.sessionLog))
                    throw TypeError(".tensorboard.Event.sessionLog: object expected");
                message.sessionLog = $root.tensorboard.SessionLog.fromObject(object.sessionLog, long + 1);
            }
            if (object.taggedRunMetadata != null) {
                if (!$util.isObject(object.taggedRunMetadata))
                    throw TypeError(".tensorboard.Event.taggedRunMetadata: object expected");
                message.taggedRunMetadata = $root.tensorboard.TaggedRunMetadata.fromObject(object.taggedRunMetadata, long + 1);
            }
            if (object.metaGraphDef != null)
                if (typeof object.metaGraphDef === "string")
                    $util.base64.decode(object.metaGraphDef, message.metaGraphDef = $util.newBuffer($util.base64.length(object.metaGraphDef)), 0);
                else if (object.metaGraphDef.length >= 0)
                    message.metaGraphDef = object.metaGraphDef;
            if (object.sourceMetadata != null) {
                if (!$util.isObject(object.sourceMetadata))
                    throw TypeError(".tensorboard.Event.sourceMetadata: object expected");
                message.sourceMetadata = $root.tensorboard.SourceMetadata.fromObject(object.sourceMetadata, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from an Event message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.Event
         * @static
         * @param {tensorboard.Event} message Event
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Event.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.wallTime = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.step = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.step = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.sourceMetadata = null;
            }
            if (message.wallTime != null && Object.hasOwnProperty.call(message, "wallTime"))
                object.wallTime = options.json && !isFinite(message.wallTime) ? String(message.wallTime) : message.wallTime;
            if (message.step != null && Object.hasOwnProperty.call(message, "step"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.step = typeof message.step === "number" ? BigInt(message.step) : $util.Long.fromBits(message.step.low >>> 0, message.step.high >>> 0, false).toBigInt();
                else if (typeof message.step === "number")
                    object.step = options.longs === String ? String(message.step) : message.step;
                else
                    object.step = options.longs === String ? $util.Long.prototype.toString.call(message.step) : options.longs === Number ? new $util.LongBits(message.step.low >>> 0, message.step.high >>> 0).toNumber() : message.step;
            if (message.fileVersion != null && Object.hasOwnProperty.call(message, "fileVersion")) {
                object.fileVersion = message.fileVersion;
                if (options.oneofs)
                    object.what = "fileVersion";
            }
            if (message.graphDef != null && Object.hasOwnProperty.call(message, "graphDef")) {
                object.graphDef = options.bytes === String ? $util.base64.encode(message.graphDef, 0, message.graphDef.length) : options.bytes === Array ? Array.prototype.slice.call(message.graphDef) : message.graphDef;
                if (options.oneofs)
                    object.what = "graphDef";
            }
            if (message.summary != null && Object.hasOwnProperty.call(message, "summary")) {
                object.summary = $root.tensorboard.Summary.toObject(message.summary, options, q + 1);
                if (options.oneofs)
                    object.what = "summary";
            }
            if (message.logMessage != null && Object.hasOwnProperty.call(message, "logMessage")) {
                object.logMessage = $root.tensorboard.LogMessage.toObject(message.logMessage, options, q + 1);
                if (options.oneofs)
                    object.what = "logMessage";
            }
            if (message.sessionLog != null && Object.hasOwnProperty.call(message, "sessionLog")) {
                object.sessionLog = $root.tensorboard.SessionLog.toObject(message.sessionLog, options, q + 1);
                if (options.oneofs)
                    object.what = "sessionLog";
            }
            if (message.taggedRunMetadata != null && Object.hasOwnProperty.call(message, "taggedRunMetadata")) {
                object.taggedRunMetadata = $root.tensorboard.TaggedRunMetadata.toObject(message.taggedRunMetadata, options, q + 1);
                if (options.oneofs)
                    object.what = "taggedRunMetadata";
            }
            if (message.metaGraphDef != null && Object.hasOwnProperty.call(message, "metaGraphDef")) {
                object.metaGraphDef = options.bytes === String ? $util.base64.encode(message.metaGraphDef, 0, message.metaGraphDef.length) : options.bytes === Array ? Array.prototype.slice.call(message.metaGraphDef) : message.metaGraphDef;
                if (options.oneofs)
                    object.what = "metaGraphDef";
            }
            if (message.sourceMetadata != null && Object.hasOwnProperty.call(message, "sourceMetadata"))
                object.sourceMetadata = $root.tensorboard.SourceMetadata.toObject(message.sourceMetadata, options, q + 1);
            return object;
        };

        /**
         * Converts this Event to JSON.
         * @function toJSON
         * @memberof tensorboard.Event
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Event.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for Event
         * @function getTypeUrl
         * @memberof tensorboard.Event
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Event.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.Event";
        };

        return Event;
    })();

    tensorboard.SourceMetadata = (function() {

        /**
         * Properties of a SourceMetadata.
         * @memberof tensorboard
         * @interface ISourceMetadata
         * @property {string|null} [writer] SourceMetadata writer
         */

        /**
         * Constructs a new SourceMetadata.
         * @memberof tensorboard
         * @classdesc Represents a SourceMetadata.
         * @implements ISourceMetadata
         * @constructor
         * @param {tensorboard.ISourceMetadata=} [properties] Properties to set
         */
        function SourceMetadata(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SourceMetadata writer.
         * @member {string} writer
         * @memberof tensorboard.SourceMetadata
         * @instance
         */
        SourceMetadata.prototype.writer = "";

        /**
         * Creates a new SourceMetadata instance using the specified properties.
         * @function create
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {tensorboard.ISourceMetadata=} [properties] Properties to set
         * @returns {tensorboard.SourceMetadata} SourceMetadata instance
         */
        SourceMetadata.create = function create(properties) {
            return new SourceMetadata(properties);
        };

        /**
         * Encodes the specified SourceMetadata message. Does not implicitly {@link tensorboard.SourceMetadata.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {tensorboard.ISourceMetadata} message SourceMetadata message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SourceMetadata.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.writer != null && Object.hasOwnProperty.call(message, "writer"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.writer);
            return writer;
        };

        /**
         * Decodes a SourceMetadata message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.SourceMetadata} SourceMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SourceMetadata.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.SourceMetadata();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.writer = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a SourceMetadata message.
         * @function verify
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SourceMetadata.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.writer != null && Object.hasOwnProperty.call(message, "writer"))
                if (!$util.isString(message.writer))
                    return "writer: string expected";
            return null;
        };

        /**
         * Creates a SourceMetadata message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.SourceMetadata} SourceMetadata
         */
        SourceMetadata.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.SourceMetadata)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.SourceMetadata: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.SourceMetadata();
            if (object.writer != null)
                message.writer = String(object.writer);
            return message;
        };

        /**
         * Creates a plain object from a SourceMetadata message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {tensorboard.SourceMetadata} message SourceMetadata
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SourceMetadata.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.writer = "";
            if (message.writer != null && Object.hasOwnProperty.call(message, "writer"))
                object.writer = message.writer;
            return object;
        };

        /**
         * Converts this SourceMetadata to JSON.
         * @function toJSON
         * @memberof tensorboard.SourceMetadata
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SourceMetadata.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for SourceMetadata
         * @function getTypeUrl
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SourceMetadata.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.SourceMetadata";
        };

        return SourceMetadata;
    })();

    tensorboard.LogMessage = (function() {

        /**
         * Properties of a LogMessage.
         * @memberof tensorboard
         * @interface ILogMessage
         * @property {tensorboard.LogMessage.Level|null} [level] LogMessage level
         * @property {string|null} [message] LogMessage message
         */

        /**
         * Constructs a new LogMessage.
         * @memberof tensorboard
         * @classdesc Represents a LogMessage.
         * @implements ILogMessage
         * @constructor
         * @param {tensorboard.ILogMessage=} [properties] Properties to set
         */
        function LogMessage(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LogMessage level.
         * @member {tensorboard.LogMessage.Level} level
         * @memberof tensorboard.LogMessage
         * @instance
         */
        LogMessage.prototype.level = 0;

        /**
         * LogMessage message.
         * @member {string} message
         * @memberof tensorboard.LogMessage
         * @instance
         */
        LogMessage.prototype.message = "";

        /**
         * Creates a new LogMessage instance using the specified properties.
         * @function create
         * @memberof tensorboard.LogMessage
         * @static
         * @param {tensorboard.ILogMessage=} [properties] Properties to set
         * @returns {tensorboard.LogMessage} LogMessage instance
         */
        LogMessage.create = function create(properties) {
            return new LogMessage(properties);
        };

        /**
         * Encodes the specified LogMessage message. Does not implicitly {@link tensorboard.LogMessage.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.LogMessage
         * @static
         * @param {tensorboard.ILogMessage} message LogMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LogMessage.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.level != null && Object.hasOwnProperty.call(message, "level"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.level);
            if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
            return writer;
        };

        /**
         * Decodes a LogMessage message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.LogMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.LogMessage} LogMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LogMessage.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.LogMessage();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.level = reader.int32();
                        break;
                    }
                case 2: {
                        message.message = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a LogMessage message.
         * @function verify
         * @memberof tensorboard.LogMessage
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        LogMessage.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.level != null && Object.hasOwnProperty.call(message, "level"))
                switch (message.level) {
                default:
                    return "level: enum value expected";
                case 0:
                case 10:
                case 20:
                case 30:
                case 40:
                case 50:
                    break;
                }
            if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                if (!$util.isString(message.message))
                    return "message: string expected";
            return null;
        };

        /**
         * Creates a LogMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.LogMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.LogMessage} LogMessage
         */
        LogMessage.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.LogMessage)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.LogMessage: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.LogMessage();
            switch (object.level) {
            default:
                if (typeof object.level === "number") {
                    message.level = object.level;
                    break;
                }
                break;
            case "UNKNOWN":
            case 0:
                message.level = 0;
                break;
            case "DEBUGGING":
            case 10:
                message.level = 10;
                break;
            case "INFO":
            case 20:
                message.level = 20;
                break;
            case "WARN":
            case 30:
                message.level = 30;
                break;
            case "ERROR":
            case 40:
                message.level = 40;
                break;
            case "FATAL":
            case 50:
                message.level = 50;
                break;
            }
            if (object.message != null)
                message.message = String(object.message);
            return message;
        };

        /**
         * Creates a plain object from a LogMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.LogMessage
         * @static
         * @param {tensorboard.LogMessage} message LogMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LogMessage.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.level = options.enums === String ? "UNKNOWN" : 0;
                object.message = "";
            }
            if (message.level != null && Object.hasOwnProperty.call(message, "level"))
                object.level = options.enums === String ? $root.tensorboard.LogMessage.Level[message.level] === undefined ? message.level : $root.tensorboard.LogMessage.Level[message.level] : message.level;
            if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                object.message = message.message;
            return object;
        };

        /**
         * Converts this LogMessage to JSON.
         * @function toJSON
         * @memberof tensorboard.LogMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LogMessage.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for LogMessage
         * @function getTypeUrl
         * @memberof tensorboard.LogMessage
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LogMessage.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.LogMessage";
        };

        /**
         * Level enum.
         * @name tensorboard.LogMessage.Level
         * @enum {number}
         * @property {number} UNKNOWN=0 UNKNOWN value
         * @property {number} DEBUGGING=10 DEBUGGING value
         * @property {number} INFO=20 INFO value
         * @property {number} WARN=30 WARN value
         * @property {number} ERROR=40 ERROR value
         * @property {number} FATAL=50 FATAL value
         */
        LogMessage.Level = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[10] = "DEBUGGING"] = 10;
            values[valuesById[20] = "INFO"] = 20;
            values[valuesById[30] = "WARN"] = 30;
            values[valuesById[40] = "ERROR"] = 40;
            values[valuesById[50] = "FATAL"] = 50;
            return values;
        })();

        return LogMessage;
    })();

    tensorboard.SessionLog = (function() {

        /**
         * Properties of a SessionLog.
         * @memberof tensorboard
         * @interface ISessionLog
         * @property {tensorboard.SessionLog.SessionStatus|null} [status] SessionLog status
         * @property {string|null} [checkpointPath] SessionLog checkpointPath
         * @property {string|null} [msg] SessionLog msg
         */

        /**
         * Constructs a new SessionLog.
         * @memberof tensorboard
         * @classdesc Represents a SessionLog.
         * @implements ISessionLog
         * @constructor
         * @param {tensorboard.ISessionLog=} [properties] Properties to set
         */
        function SessionLog(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SessionLog status.
         * @member {tensorboard.SessionLog.SessionStatus} status
         * @memberof tensorboard.SessionLog
         * @instance
         */
        SessionLog.prototype.status = 0;

        /**
         * SessionLog checkpointPath.
         * @member {string} checkpointPath
         * @memberof tensorboard.SessionLog
         * @instance
         */
        SessionLog.prototype.checkpointPath = "";

        /**
         * SessionLog msg.
         * @member {string} msg
         * @memberof tensorboard.SessionLog
         * @instance
         */
        SessionLog.prototype.msg = "";

        /**
         * Creates a new SessionLog instance using the specified properties.
         * @function create
         * @memberof tensorboard.SessionLog
         * @static
         * @param {tensorboard.ISessionLog=} [properties] Properties to set
         * @returns {tensorboard.SessionLog} SessionLog instance
         */
        SessionLog.create = function create(properties) {
            return new SessionLog(properties);
        };

        /**
         * Encodes the specified SessionLog message. Does not implicitly {@link tensorboard.SessionLog.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.SessionLog
         * @static
         * @param {tensorboard.ISessionLog} message SessionLog message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionLog.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
            if (message.checkpointPath != null && Object.hasOwnProperty.call(message, "checkpointPath"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.checkpointPath);
            if (message.msg != null && Object.hasOwnProperty.call(message, "msg"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.msg);
            return writer;
        };

        /**
         * Decodes a SessionLog message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.SessionLog
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.SessionLog} SessionLog
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionLog.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.SessionLog();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.status = reader.int32();
                        break;
                    }
                case 2: {
                        message.checkpointPath = reader.string();
                        break;
                    }
                case 3: {
                        message.msg = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a SessionLog message.
         * @function verify
         * @memberof tensorboard.SessionLog
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SessionLog.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                switch (message.status) {
                default:
                    return "status: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                    break;
                }
            if (message.checkpointPath != null && Object.hasOwnProperty.call(message, "checkpointPath"))
                if (!$util.isString(message.checkpointPath))
                    return "checkpointPath: string expected";
            if (message.msg != null && Object.hasOwnProperty.call(message, "msg"))
                if (!$util.isString(message.msg))
                    return "msg: string expected";
            return null;
        };

        /**
         * Creates a SessionLog message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.SessionLog
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.SessionLog} SessionLog
         */
        SessionLog.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.SessionLog)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.SessionLog: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.SessionLog();
            switch (object.status) {
            default:
                if (typeof object.status === "number") {
                    message.status = object.status;
                    break;
                }
                break;
            case "STATUS_UNSPECIFIED":
            case 0:
                message.status = 0;
                break;
            case "START":
            case 1:
                message.status = 1;
                break;
            case "STOP":
            case 2:
                message.status = 2;
                break;
            case "CHECKPOINT":
            case 3:
                message.status = 3;
                break;
            }
            if (object.checkpointPath != null)
                message.checkpointPath = String(object.checkpointPath);
            if (object.msg != null)
                message.msg = String(object.msg);
            return message;
        };

        /**
         * Creates a plain object from a SessionLog message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.SessionLog
         * @static
         * @param {tensorboard.SessionLog} message SessionLog
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SessionLog.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.status = options.enums === String ? "STATUS_UNSPECIFIED" : 0;
                object.checkpointPath = "";
                object.msg = "";
            }
            if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                object.status = options.enums === String ? $root.tensorboard.SessionLog.SessionStatus[message.status] === undefined ? message.status : $root.tensorboard.SessionLog.SessionStatus[message.status] : message.status;
            if (message.checkpointPath != null && Object.hasOwnProperty.call(message, "checkpointPath"))
                object.checkpointPath = message.checkpointPath;
            if (message.msg != null && Object.hasOwnProperty.call(message, "msg"))
                object.msg = message.msg;
            return object;
        };

        /**
         * Converts this SessionLog to JSON.
         * @function toJSON
         * @memberof tensorboard.SessionLog
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SessionLog.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for SessionLog
         * @function getTypeUrl
         * @memberof tensorboard.SessionLog
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SessionLog.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.SessionLog";
        };

        /**
         * SessionStatus enum.
         * @name tensorboard.SessionLog.SessionStatus
         * @enum {number}
         * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
         * @property {number} START=1 START value
         * @property {number} STOP=2 STOP value
         * @property {number} CHECKPOINT=3 CHECKPOINT value
         */
        SessionLog.SessionStatus = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "START"] = 1;
            values[valuesById[2] = "STOP"] = 2;
            values[valuesById[3] = "CHECKPOINT"] = 3;
            return values;
        })();

        return SessionLog;
    })();

    tensorboard.TaggedRunMetadata = (function() {

        /**
         * Properties of a TaggedRunMetadata.
         * @memberof tensorboard
         * @interface ITaggedRunMetadata
         * @property {string|null} [tag] TaggedRunMetadata tag
         * @property {Uint8Array|null} [runMetadata] TaggedRunMetadata runMetadata
         */

        /**
         * Constructs a new TaggedRunMetadata.
         * @memberof tensorboard
         * @classdesc Represents a TaggedRunMetadata.
         * @implements ITaggedRunMetadata
         * @constructor
         * @param {tensorboard.ITaggedRunMetadata=} [properties] Properties to set
         */
        function TaggedRunMetadata(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * TaggedRunMetadata tag.
         * @member {string} tag
         * @memberof tensorboard.TaggedRunMetadata
         * @instance
         */
        TaggedRunMetadata.prototype.tag = "";

        /**
         * TaggedRunMetadata runMetadata.
         * @member {Uint8Array} runMetadata
         * @memberof tensorboard.TaggedRunMetadata
         * @instance
         */
        TaggedRunMetadata.prototype.runMetadata = $util.newBuffer([]);

        /**
         * Creates a new TaggedRunMetadata instance using the specified properties.
         * @function create
         * @memberof tensorboard.TaggedRunMetadata
         * @static
         * @param {tensorboard.ITaggedRunMetadata=} [properties] Properties to set
         * @returns {tensorboard.TaggedRunMetadata} TaggedRunMetadata instance
         */
        TaggedRunMetadata.create = function create(properties) {
            return new TaggedRunMetadata(properties);
        };

        /**
         * Encodes the specified TaggedRunMetadata message. Does not implicitly {@link tensorboard.TaggedRunMetadata.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.TaggedRunMetadata
         * @static
         * @param {tensorboard.ITaggedRunMetadata} message TaggedRunMetadata message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TaggedRunMetadata.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.tag != null && Object.hasOwnProperty.call(message, "tag"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.tag);
            if (message.runMetadata != null && Object.hasOwnProperty.call(message, "runMetadata"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.runMetadata);
            return writer;
        };

        /**
         * Decodes a TaggedRunMetadata message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.TaggedRunMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.TaggedRunMetadata} TaggedRunMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TaggedRunMetadata.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.TaggedRunMetadata();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.tag = reader.string();
                        break;
                    }
                case 2: {
                        message.runMetadata = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a TaggedRunMetadata message.
         * @function verify
         * @memberof tensorboard.TaggedRunMetadata
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TaggedRunMetadata.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.tag != null && Object.hasOwnProperty.call(message, "tag"))
                if (!$util.isString(message.tag))
                    return "tag: string expected";
            if (message.runMetadata != null && Object.hasOwnProperty.call(message, "runMetadata"))
                if (!(message.runMetadata && typeof message.runMetadata.length === "number" || $util.isString(message.runMetadata)))
                    return "runMetadata: buffer expected";
            return null;
        };

        /**
         * Creates a TaggedRunMetadata message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.TaggedRunMetadata
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.TaggedRunMetadata} TaggedRunMetadata
         */
        TaggedRunMetadata.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.TaggedRunMetadata)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.TaggedRunMetadata: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.TaggedRunMetadata();
            if (object.tag != null)
                message.tag = String(object.tag);
            if (object.runMetadata != null)
                if (typeof object.runMetadata === "string")
                    $util.base64.decode(object.runMetadata, message.runMetadata = $util.newBuffer($util.base64.length(object.runMetadata)), 0);
                else if (object.runMetadata.length >= 0)
                    message.runMetadata = object.runMetadata;
            return message;
        };

        /**
         * Creates a plain object from a TaggedRunMetadata message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.TaggedRunMetadata
         * @static
         * @param {tensorboard.TaggedRunMetadata} message TaggedRunMetadata
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TaggedRunMetadata.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.tag = "";
                if (options.bytes === String)
                    object.runMetadata = "";
                else {
                    object.runMetadata = [];
                    if (options.bytes !== Array)
                        object.runMetadata = $util.newBuffer(object.runMetadata);
                }
            }
            if (message.tag != null && Object.hasOwnProperty.call(message, "tag"))
                object.tag = message.tag;
            if (message.runMetadata != null && Object.hasOwnProperty.call(message, "runMetadata"))
                object.runMetadata = options.bytes === String ? $util.base64.encode(message.runMetadata, 0, message.runMetadata.length) : options.bytes === Array ? Array.prototype.slice.call(message.runMetadata) : message.runMetadata;
            return object;
        };

        /**
         * Converts this TaggedRunMetadata to JSON.
         * @function toJSON
         * @memberof tensorboard.TaggedRunMetadata
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TaggedRunMetadata.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for TaggedRunMetadata
         * @function getTypeUrl
         * @memberof tensorboard.TaggedRunMetadata
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        TaggedRunMetadata.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.TaggedRunMetadata";
        };

        return TaggedRunMetadata;
    })();

    tensorboard.MetaGraphDef = (function() {

        /**
         * Properties of a MetaGraphDef.
         * @memberof tensorboard
         * @interface IMetaGraphDef
         * @property {Uint8Array|null} [graphDef] MetaGraphDef graphDef
         */

        /**
         * Constructs a new MetaGraphDef.
         * @memberof tensorboard
         * @classdesc Represents a MetaGraphDef.
         * @implements IMetaGraphDef
         * @constructor
         * @param {tensorboard.IMetaGraphDef=} [properties] Properties to set
         */
        function MetaGraphDef(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MetaGraphDef graphDef.
         * @member {Uint8Array} graphDef
         * @memberof tensorboard.MetaGraphDef
         * @instance
         */
        MetaGraphDef.prototype.graphDef = $util.newBuffer([]);

        /**
         * Creates a new MetaGraphDef instance using the specified properties.
         * @function create
         * @memberof tensorboard.MetaGraphDef
         * @static
         * @param {tensorboard.IMetaGraphDef=} [properties] Properties to set
         * @returns {tensorboard.MetaGraphDef} MetaGraphDef instance
         */
        MetaGraphDef.create = function create(properties) {
            return new MetaGraphDef(properties);
        };

        /**
         * Encodes the specified MetaGraphDef message. Does not implicitly {@link tensorboard.MetaGraphDef.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.MetaGraphDef
         * @static
         * @param {tensorboard.IMetaGraphDef} message MetaGraphDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetaGraphDef.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.graphDef != null && Object.hasOwnProperty.call(message, "graphDef"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.graphDef);
            return writer;
        };

        /**
         * Decodes a MetaGraphDef message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.MetaGraphDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.MetaGraphDef} MetaGraphDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetaGraphDef.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.MetaGraphDef();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 2: {
                        message.graphDef = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a MetaGraphDef message.
         * @function verify
         * @memberof tensorboard.MetaGraphDef
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MetaGraphDef.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.graphDef != null && Object.hasOwnProperty.call(message, "graphDef"))
                if (!(message.graphDef && typeof message.graphDef.length === "number" || $util.isString(message.graphDef)))
                    return "graphDef: buffer expected";
            return null;
        };

        /**
         * Creates a MetaGraphDef message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.MetaGraphDef
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.MetaGraphDef} MetaGraphDef
         */
        MetaGraphDef.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.MetaGraphDef)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.MetaGraphDef: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.MetaGraphDef();
            if (object.graphDef != null)
                if (typeof object.graphDef === "string")
                    $util.base64.decode(object.graphDef, message.graphDef = $util.newBuffer($util.base64.length(object.graphDef)), 0);
                else if (object.graphDef.length >= 0)
                    message.graphDef = object.graphDef;
            return message;
        };

        /**
         * Creates a plain object from a MetaGraphDef message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.MetaGraphDef
         * @static
         * @param {tensorboard.MetaGraphDef} message MetaGraphDef
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MetaGraphDef.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if (options.bytes === String)
                    object.graphDef = "";
                else {
                    object.graphDef = [];
                    if (options.bytes !== Array)
                        object.graphDef = $util.newBuffer(object.graphDef);
                }
            if (message.graphDef != null && Object.hasOwnProperty.call(message, "graphDef"))
                object.graphDef = options.bytes === String ? $util.base64.encode(message.graphDef, 0, message.graphDef.length) : options.bytes === Array ? Array.prototype.slice.call(message.graphDef) : message.graphDef;
            return object;
        };

        /**
         * Converts this MetaGraphDef to JSON.
         * @function toJSON
         * @memberof tensorboard.MetaGraphDef
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MetaGraphDef.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for MetaGraphDef
         * @function getTypeUrl
         * @memberof tensorboard.MetaGraphDef
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MetaGraphDef.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.MetaGraphDef";
        };

        return MetaGraphDef;
    })();

    /**
     * DataClass enum.
     * @name tensorboard.DataClass
     * @enum {number}
     * @property {number} DATA_CLASS_UNKNOWN=0 DATA_CLASS_UNKNOWN value
     * @property {number} DATA_CLASS_SCALAR=1 DATA_CLASS_SCALAR value
     * @property {number} DATA_CLASS_TENSOR=2 DATA_CLASS_TENSOR value
     * @property {number} DATA_CLASS_BLOB_SEQUENCE=3 DATA_CLASS_BLOB_SEQUENCE value
     */
    tensorboard.DataClass = (function() {
        const valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "DATA_CLASS_UNKNOWN"] = 0;
        values[valuesById[1] = "DATA_CLASS_SCALAR"] = 1;
        values[valuesById[2] = "DATA_CLASS_TENSOR"] = 2;
        values[valuesById[3] = "DATA_CLASS_BLOB_SEQUENCE"] = 3;
        return values;
    })();

    tensorboard.SummaryDescription = (function() {

        /**
         * Properties of a SummaryDescription.
         * @memberof tensorboard
         * @interface ISummaryDescription
         * @property {string|null} [typeHint] SummaryDescription typeHint
         */

        /**
         * Constructs a new SummaryDescription.
         * @memberof tensorboard
         * @classdesc Represents a SummaryDescription.
         * @implements ISummaryDescription
         * @constructor
         * @param {tensorboard.ISummaryDescription=} [properties] Properties to set
         */
        function SummaryDescription(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SummaryDescription typeHint.
         * @member {string} typeHint
         * @memberof tensorboard.SummaryDescription
         * @instance
         */
        SummaryDescription.prototype.typeHint = "";

        /**
         * Creates a new SummaryDescription instance using the specified properties.
         * @function create
         * @memberof tensorboard.SummaryDescription
         * @static
         * @param {tensorboard.ISummaryDescription=} [properties] Properties to set
         * @returns {tensorboard.SummaryDescription} SummaryDescription instance
         */
        SummaryDescription.create = function create(properties) {
            return new SummaryDescription(properties);
        };

        /**
         * Encodes the specified SummaryDescription message. Does not implicitly {@link tensorboard.SummaryDescription.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.SummaryDescription
         * @static
         * @param {tensorboard.ISummaryDescription} message SummaryDescription message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SummaryDescription.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.typeHint != null && Object.hasOwnProperty.call(message, "typeHint"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeHint);
            return writer;
        };

        /**
         * Decodes a SummaryDescription message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.SummaryDescription
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.SummaryDescription} SummaryDescription
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SummaryDescription.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.SummaryDescription();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.typeHint = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a SummaryDescription message.
         * @function verify
         * @memberof tensorboard.SummaryDescription
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SummaryDescription.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.typeHint != null && Object.hasOwnProperty.call(message, "typeHint"))
                if (!$util.isString(message.typeHint))
                    return "typeHint: string expected";
            return null;
        };

        /**
         * Creates a SummaryDescription message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.SummaryDescription
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.SummaryDescription} SummaryDescription
         */
        SummaryDescription.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.SummaryDescription)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.SummaryDescription: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.SummaryDescription();
            if (object.typeHint != null)
                message.typeHint = String(object.typeHint);
            return message;
        };

        /**
         * Creates a plain object from a SummaryDescription message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.SummaryDescription
         * @static
         * @param {tensorboard.SummaryDescription} message SummaryDescription
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SummaryDescription.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.typeHint = "";
            if (message.typeHint != null && Object.hasOwnProperty.call(message, "typeHint"))
                object.typeHint = message.typeHint;
            return object;
        };

        /**
         * Converts this SummaryDescription to JSON.
         * @function toJSON
         * @memberof tensorboard.SummaryDescription
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SummaryDescription.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for SummaryDescription
         * @function getTypeUrl
         * @memberof tensorboard.SummaryDescription
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SummaryDescription.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.SummaryDescription";
        };

        return SummaryDescription;
    })();

    tensorboard.SummaryMetadata = (function() {

        /**
         * Properties of a SummaryMetadata.
         * @memberof tensorboard
         * @interface ISummaryMetadata
         * @property {tensorboard.SummaryMetadata.IPluginData|null} [pluginData] SummaryMetadata pluginData
         * @property {string|null} [displayName] SummaryMetadata displayName
         * @property {string|null} [summaryDescription] SummaryMetadata summaryDescription
         * @property {tensorboard.DataClass|null} [dataClass] SummaryMetadata dataClass
         */

        /**
         * Constructs a new SummaryMetadata.
         * @memberof tensorboard
         * @classdesc Represents a SummaryMetadata.
         * @implements ISummaryMetadata
         * @constructor
         * @param {tensorboard.ISummaryMetadata=} [properties] Properties to set
         */
        function SummaryMetadata(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SummaryMetadata pluginData.
         * @member {tensorboard.SummaryMetadata.IPluginData|null|undefined} pluginData
         * @memberof tensorboard.SummaryMetadata
         * @instance
         */
        SummaryMetadata.prototype.pluginData = null;

        /**
         * SummaryMetadata displayName.
         * @member {string} displayName
         * @memberof tensorboard.SummaryMetadata
         * @instance
         */
        SummaryMetadata.prototype.displayName = "";

        /**
         * SummaryMetadata summaryDescription.
         * @member {string} summaryDescription
         * @memberof tensorboard.SummaryMetadata
         * @instance
         */
        SummaryMetadata.prototype.summaryDescription = "";

        /**
         * SummaryMetadata dataClass.
         * @member {tensorboard.DataClass} dataClass
         * @memberof tensorboard.SummaryMetadata
         * @instance
         */
        SummaryMetadata.prototype.dataClass = 0;

        /**
         * Creates a new SummaryMetadata instance using the specified properties.
         * @function create
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {tensorboard.ISummaryMetadata=} [properties] Properties to set
         * @returns {tensorboard.SummaryMetadata} SummaryMetadata instance
         */
        SummaryMetadata.create = function create(properties) {
            return new SummaryMetadata(properties);
        };

        /**
         * Encodes the specified SummaryMetadata message. Does not implicitly {@link tensorboard.SummaryMetadata.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {tensorboard.ISummaryMetadata} message SummaryMetadata message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SummaryMetadata.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.pluginData != null && Object.hasOwnProperty.call(message, "pluginData"))
                $root.tensorboard.SummaryMetadata.PluginData.encode(message.pluginData, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.displayName != null && Object.hasOwnProperty.call(message, "displayName"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.displayName);
            if (message.summaryDescription != null && Object.hasOwnProperty.call(message, "summaryDescription"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.summaryDescription);
            if (message.dataClass != null && Object.hasOwnProperty.call(message, "dataClass"))
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.dataClass);
            return writer;
        };

        /**
         * Decodes a SummaryMetadata message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.SummaryMetadata} SummaryMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SummaryMetadata.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.SummaryMetadata();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.pluginData = $root.tensorboard.SummaryMetadata.PluginData.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.displayName = reader.string();
                        break;
                    }
                case 3: {
                        message.summaryDescription = reader.string();
                        break;
                    }
                case 4: {
                        message.dataClass = reader.int32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a SummaryMetadata message.
         * @function verify
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SummaryMetadata.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.pluginData != null && Object.hasOwnProperty.call(message, "pluginData")) {
                let error = $root.tensorboard.SummaryMetadata.PluginData.verify(message.pluginData, long + 1);
                if (error)
                    return "pluginData." + error;
            }
            if (message.displayName != null && Object.hasOwnProperty.call(message, "displayName"))
                if (!$util.isString(message.displayName))
                    return "displayName: string expected";
            if (message.summaryDescription != null && Object.hasOwnProperty.call(message, "summaryDescription"))
                if (!$util.isString(message.summaryDescription))
                    return "summaryDescription: string expected";
            if (message.dataClass != null && Object.hasOwnProperty.call(message, "dataClass"))
                switch (message.dataClass) {
                default:
                    return "dataClass: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                    break;
                }
            return null;
        };

        /**
         * Creates a SummaryMetadata message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.SummaryMetadata} SummaryMetadata
         */
        SummaryMetadata.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.SummaryMetadata)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.SummaryMetadata: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.SummaryMetadata();
            if (object.pluginData != null) {
                if (!$util.isObject(object.pluginData))
                    throw TypeError(".tensorboard.SummaryMetadata.pluginData: object expected");
                message.pluginData = $root.tensorboard.SummaryMetadata.PluginData.fromObject(object.pluginData, long + 1);
            }
            if (object.displayName != null)
                message.displayName = String(object.displayName);
            if (object.summaryDescription != null)
                message.summaryDescription = String(object.summaryDescription);
            switch (object.dataClass) {
            default:
                if (typeof object.dataClass === "number") {
                    message.dataClass = object.dataClass;
                    break;
                }
                break;
            case "DATA_CLASS_UNKNOWN":
            case 0:
                message.dataClass = 0;
                break;
            case "DATA_CLASS_SCALAR":
            case 1:
                message.dataClass = 1;
                break;
            case "DATA_CLASS_TENSOR":
            case 2:
                message.dataClass = 2;
                break;
            case "DATA_CLASS_BLOB_SEQUENCE":
            case 3:
                message.dataClass = 3;
                break;
            }
            return message;
        };

        /**
         * Creates a plain object from a SummaryMetadata message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {tensorboard.SummaryMetadata} message SummaryMetadata
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SummaryMetadata.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.pluginData = null;
                object.displayName = "";
                object.summaryDescription = "";
                object.dataClass = options.enums === String ? "DATA_CLASS_UNKNOWN" : 0;
            }
            if (message.pluginData != null && Object.hasOwnProperty.call(message, "pluginData"))
                object.pluginData = $root.tensorboard.SummaryMetadata.PluginData.toObject(message.pluginData, options, q + 1);
            if (message.displayName != null && Object.hasOwnProperty.call(message, "displayName"))
                object.displayName = message.displayName;
            if (message.summaryDescription != null && Object.hasOwnProperty.call(message, "summaryDescription"))
                object.summaryDescription = message.summaryDescription;
            if (message.dataClass != null && Object.hasOwnProperty.call(message, "dataClass"))
                object.dataClass = options.enums === String ? $root.tensorboard.DataClass[message.dataClass] === undefined ? message.dataClass : $root.tensorboard.DataClass[message.dataClass] : message.dataClass;
            return object;
        };

        /**
         * Converts this SummaryMetadata to JSON.
         * @function toJSON
         * @memberof tensorboard.SummaryMetadata
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SummaryMetadata.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for SummaryMetadata
         * @function getTypeUrl
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SummaryMetadata.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.SummaryMetadata";
        };

        SummaryMetadata.PluginData = (function() {

            /**
             * Properties of a PluginData.
             * @memberof tensorboard.SummaryMetadata
             * @interface IPluginData
             * @property {string|null} [pluginName] PluginData pluginName
             * @property {Uint8Array|null} [content] PluginData content
             */

            /**
             * Constructs a new PluginData.
             * @memberof tensorboard.SummaryMetadata
             * @classdesc Represents a PluginData.
             * @implements IPluginData
             * @constructor
             * @param {tensorboard.SummaryMetadata.IPluginData=} [properties] Properties to set
             */
            function PluginData(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PluginData pluginName.
             * @member {string} pluginName
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @instance
             */
            PluginData.prototype.pluginName = "";

            /**
             * PluginData content.
             * @member {Uint8Array} content
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @instance
             */
            PluginData.prototype.content = $util.newBuffer([]);

            /**
             * Creates a new PluginData instance using the specified properties.
             * @function create
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {tensorboard.SummaryMetadata.IPluginData=} [properties] Properties to set
             * @returns {tensorboard.SummaryMetadata.PluginData} PluginData instance
             */
            PluginData.create = function create(properties) {
                return new PluginData(properties);
            };

            /**
             * Encodes the specified PluginData message. Does not implicitly {@link tensorboard.SummaryMetadata.PluginData.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {tensorboard.SummaryMetadata.IPluginData} message PluginData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PluginData.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.pluginName != null && Object.hasOwnProperty.call(message, "pluginName"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.pluginName);
                if (message.content != null && Object.hasOwnProperty.call(message, "content"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.content);
                return writer;
            };

            /**
             * Decodes a PluginData message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.SummaryMetadata.PluginData} PluginData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PluginData.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.SummaryMetadata.PluginData();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.pluginName = reader.string();
                            break;
                        }
                    case 2: {
                            message.content = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a PluginData message.
             * @function verify
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PluginData.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.pluginName != null && Object.hasOwnProperty.call(message, "pluginName"))
                    if (!$util.isString(message.pluginName))
                        return "pluginName: string expected";
                if (message.content != null && Object.hasOwnProperty.call(message, "content"))
                    if (!(message.content && typeof message.content.length === "number" || $util.isString(message.content)))
                        return "content: buffer expected";
                return null;
            };

            /**
             * Creates a PluginData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.SummaryMetadata.PluginData} PluginData
             */
            PluginData.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.SummaryMetadata.PluginData)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.SummaryMetadata.PluginData: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.SummaryMetadata.PluginData();
                if (object.pluginName != null)
                    message.pluginName = String(object.pluginName);
                if (object.content != null)
                    if (typeof object.content === "string")
                        $util.base64.decode(object.content, message.content = $util.newBuffer($util.base64.length(object.content)), 0);
                    else if (object.content.length >= 0)
                        message.content = object.content;
                return message;
            };

            /**
             * Creates a plain object from a PluginData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {tensorboard.SummaryMetadata.PluginData} message PluginData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PluginData.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.pluginName = "";
                    if (options.bytes === String)
                        object.content = "";
                    else {
                        object.content = [];
                        if (options.bytes !== Array)
                            object.content = $util.newBuffer(object.content);
                    }
                }
                if (message.pluginName != null && Object.hasOwnProperty.call(message, "pluginName"))
                    object.pluginName = message.pluginName;
                if (message.content != null && Object.hasOwnProperty.call(message, "content"))
                    object.content = options.bytes === String ? $util.base64.encode(message.content, 0, message.content.length) : options.bytes === Array ? Array.prototype.slice.call(message.content) : message.content;
                return object;
            };

            /**
             * Converts this PluginData to JSON.
             * @function toJSON
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PluginData.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for PluginData
             * @function getTypeUrl
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PluginData.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.SummaryMetadata.PluginData";
            };

            return PluginData;
        })();

        return SummaryMetadata;
    })();

    tensorboard.Summary = (function() {

        /**
         * Properties of a Summary.
         * @memberof tensorboard
         * @interface ISummary
         * @property {Array.<tensorboard.Summary.IValue>|null} [value] Summary value
         */

        /**
         * Constructs a new Summary.
         * @memberof tensorboard
         * @classdesc Represents a Summary.
         * @implements ISummary
         * @constructor
         * @param {tensorboard.ISummary=} [properties] Properties to set
         */
        function Summary(properties) {
            this.value = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Summary value.
         * @member {Array.<tensorboard.Summary.IValue>} value
         * @memberof tensorboard.Summary
         * @instance
         */
        Summary.prototype.value = $util.emptyArray;

        /**
         * Creates a new Summary instance using the specified properties.
         * @function create
         * @memberof tensorboard.Summary
         * @static
         * @param {tensorboard.ISummary=} [properties] Properties to set
         * @returns {tensorboard.Summary} Summary instance
         */
        Summary.create = function create(properties) {
            return new Summary(properties);
        };

        /**
         * Encodes the specified Summary message. Does not implicitly {@link tensorboard.Summary.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.Summary
         * @static
         * @param {tensorboard.ISummary} message Summary message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Summary.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.value != null && message.value.length)
                for (let i = 0; i < message.value.length; ++i)
                    $root.tensorboard.Summary.Value.encode(message.value[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a Summary message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.Summary
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.Summary} Summary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Summary.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.Summary();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.value && message.value.length))
                            message.value = [];
                        message.value.push($root.tensorboard.Summary.Value.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a Summary message.
         * @function verify
         * @memberof tensorboard.Summary
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Summary.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.value != null && Object.hasOwnProperty.call(message, "value")) {
                if (!Array.isArray(message.value))
                    return "value: array expected";
                for (let i = 0; i < message.value.length; ++i) {
                    let error = $root.tensorboard.Summary.Value.verify(message.value[i], long + 1);
                    if (error)
                        return "value." + error;
                }
            }
            return null;
        };

        /**
         * Creates a Summary message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.Summary
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.Summary} Summary
         */
        Summary.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.Summary)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.Summary: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.Summary();
            if (object.value) {
                if (!Array.isArray(object.value))
                    throw TypeError(".tensorboard.Summary.value: array expected");
                message.value = [];
                for (let i = 0; i < object.value.length; ++i) {
                    if (!$util.isObject(object.value[i]))
                        throw TypeError(".tensorboard.Summary.value: object expected");
                    message.value[i] = $root.tensorboard.Summary.Value.fromObject(object.value[i], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a Summary message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.Summary
         * @static
         * @param {tensorboard.Summary} message Summary
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Summary.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.value = [];
            if (message.value && message.value.length) {
                object.value = [];
                for (let j = 0; j < message.value.length; ++j)
                    object.value[j] = $root.tensorboard.Summary.Value.toObject(message.value[j], options, q + 1);
            }
            return object;
        };

        /**
         * Converts this Summary to JSON.
         * @function toJSON
         * @memberof tensorboard.Summary
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Summary.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for Summary
         * @function getTypeUrl
         * @memberof tensorboard.Summary
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Summary.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.Summary";
        };

        Summary.Image = (function() {

            /**
             * Properties of an Image.
             * @memberof tensorboard.Summary
             * @interface IImage
             * @property {number|null} [height] Image height
             * @property {number|null} [width] Image width
             * @property {number|null} [colorspace] Image colorspace
             * @property {Uint8Array|null} [encodedImageString] Image encodedImageString
             */

            /**
             * Constructs a new Image.
             * @memberof tensorboard.Summary
             * @classdesc Represents an Image.
             * @implements IImage
             * @constructor
             * @param {tensorboard.Summary.IImage=} [properties] Properties to set
             */
            function Image(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Image height.
             * @member {number} height
             * @memberof tensorboard.Summary.Image
             * @instance
             */
            Image.prototype.height = 0;

            /**
             * Image width.
             * @member {number} width
             * @memberof tensorboard.Summary.Image
             * @instance
             */
            Image.prototype.width = 0;

            /**
             * Image colorspace.
             * @member {number} colorspace
             * @memberof tensorboard.Summary.Image
             * @instance
             */
            Image.prototype.colorspace = 0;

            /**
             * Image encodedImageString.
             * @member {Uint8Array} encodedImageString
             * @memberof tensorboard.Summary.Image
             * @instance
             */
            Image.prototype.encodedImageString = $util.newBuffer([]);

            /**
             * Creates a new Image instance using the specified properties.
             * @function create
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {tensorboard.Summary.IImage=} [properties] Properties to set
             * @returns {tensorboard.Summary.Image} Image instance
             */
            Image.create = function create(properties) {
                return new Image(properties);
            };

            /**
             * Encodes the specified Image message. Does not implicitly {@link tensorboard.Summary.Image.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {tensorboard.Summary.IImage} message Image message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Image.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.height);
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.width);
                if (message.colorspace != null && Object.hasOwnProperty.call(message, "colorspace"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.colorspace);
                if (message.encodedImageString != null && Object.hasOwnProperty.call(message, "encodedImageString"))
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.encodedImageString);
                return writer;
            };

            /**
             * Decodes an Image message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.Summary.Image} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Image.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.Summary.Image();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.height = reader.int32();
                            break;
                        }
                    case 2: {
                            message.width = reader.int32();
                            break;
                        }
                    case 3: {
                            message.colorspace = reader.int32();
                            break;
                        }
                    case 4: {
                            message.encodedImageString = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies an Image message.
             * @function verify
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Image.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.colorspace != null && Object.hasOwnProperty.call(message, "colorspace"))
                    if (!$util.isInteger(message.colorspace))
                        return "colorspace: integer expected";
                if (message.encodedImageString != null && Object.hasOwnProperty.call(message, "encodedImageString"))
                    if (!(message.encodedImageString && typeof message.encodedImageString.length === "number" || $util.isString(message.encodedImageString)))
                        return "encodedImageString: buffer expected";
                return null;
            };

            /**
             * Creates an Image message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.Summary.Image} Image
             */
            Image.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.Summary.Image)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.Summary.Image: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.Summary.Image();
                if (object.height != null)
                    message.height = object.height | 0;
                if (object.width != null)
                    message.width = object.width | 0;
                if (object.colorspace != null)
                    message.colorspace = object.colorspace | 0;
                if (object.encodedImageString != null)
                    if (typeof object.encodedImageString === "string")
                        $util.base64.decode(object.encodedImageString, message.encodedImageString = $util.newBuffer($util.base64.length(object.encodedImageString)), 0);
                    else if (object.encodedImageString.length >= 0)
                        message.encodedImageString = object.encodedImageString;
                return message;
            };

            /**
             * Creates a plain object from an Image message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {tensorboard.Summary.Image} message Image
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Image.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.height = 0;
                    object.width = 0;
                    object.colorspace = 0;
                    if (options.bytes === String)
                        object.encodedImageString = "";
                    else {
                        object.encodedImageString = [];
                        if (options.bytes !== Array)
                            object.encodedImageString = $util.newBuffer(object.encodedImageString);
                    }
                }
                if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.colorspace != null && Object.hasOwnProperty.call(message, "colorspace"))
                    object.colorspace = message.colorspace;
                if (message.encodedImageString != null && Object.hasOwnProperty.call(message, "encodedImageString"))
                    object.encodedImageString = options.bytes === String ? $util.base64.encode(message.encodedImageString, 0, message.encodedImageString.length) : options.bytes === Array ? Array.prototype.slice.call(message.encodedImageString) : message.encodedImageString;
                return object;
            };

            /**
             * Converts this Image to JSON.
             * @function toJSON
             * @memberof tensorboard.Summary.Image
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Image.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Image
             * @function getTypeUrl
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Image.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.Summary.Image";
            };

            return Image;
        })();

        Summary.Audio = (function() {

            /**
             * Properties of an Audio.
             * @memberof tensorboard.Summary
             * @interface IAudio
             * @property {number|null} [sampleRate] Audio sampleRate
             * @property {number|null} [numChannels] Audio numChannels
             * @property {number|null} [lengthFrames] Audio lengthFrames
             * @property {Uint8Array|null} [encodedAudioString] Audio encodedAudioString
             * @property {string|null} [contentType] Audio contentType
             */

            /**
             * Constructs a new Audio.
             * @memberof tensorboard.Summary
             * @classdesc Represents an Audio.
             * @implements IAudio
             * @constructor
             * @param {tensorboard.Summary.IAudio=} [properties] Properties to set
             */
            function Audio(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Audio sampleRate.
             * @member {number} sampleRate
             * @memberof tensorboard.Summary.Audio
             * @instance
             */
            Audio.prototype.sampleRate = 0;

            /**
             * Audio numChannels.
             * @member {number} numChannels
             * @memberof tensorboard.Summary.Audio
             * @instance
             */
            Audio.prototype.numChannels = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Audio lengthFrames.
             * @member {number} lengthFrames
             * @memberof tensorboard.Summary.Audio
             * @instance
             */
            Audio.prototype.lengthFrames = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Audio encodedAudioString.
             * @member {Uint8Array} encodedAudioString
             * @memberof tensorboard.Summary.Audio
             * @instance
             */
            Audio.prototype.encodedAudioString = $util.newBuffer([]);

            /**
             * Audio contentType.
             * @member {string} contentType
             * @memberof tensorboard.Summary.Audio
             * @instance
             */
            Audio.prototype.contentType = "";

            /**
             * Creates a new Audio instance using the specified properties.
             * @function create
             * @memberof tensorboard.Summary.Audio
             * @static
             * @param {tensorboard.Summary.IAudio=} [properties] Properties to set
             * @returns {tensorboard.Summary.Audio} Audio instance
             */
            Audio.create = function create(properties) {
                return new Audio(properties);
            };

            /**
             * Encodes the specified Audio message. Does not implicitly {@link tensorboard.Summary.Audio.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.Summary.Audio
             * @static
             * @param {tensorboard.Summary.IAudio} message Audio message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Audio.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.sampleRate != null && Object.hasOwnProperty.call(message, "sampleRate"))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.sampleRate);
                if (message.numChannels != null && Object.hasOwnProperty.call(message, "numChannels"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.numChannels);
                if (message.lengthFrames != null && Object.hasOwnProperty.call(message, "lengthFrames"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.lengthFrames);
                if (message.encodedAudioString != null && Object.hasOwnProperty.call(message, "encodedAudioString"))
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.encodedAudioString);
                if (message.contentType != null && Object.hasOwnProperty.call(message, "contentType"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.contentType);
                return writer;
            };

            /**
             * Decodes an Audio message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.Summary.Audio
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.Summary.Audio} Audio
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Audio.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.Summary.Audio();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.sampleRate = reader.float();
                            break;
                        }
                    case 2: {
                            message.numChannels = reader.int64();
                            break;
                        }
                    case 3: {
                            message.lengthFrames = reader.int64();
                            break;
                        }
                    case 4: {
                            message.encodedAudioString = reader.bytes();
                            break;
                        }
                    case 5: {
                            message.contentType = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies an Audio message.
             * @function verify
             * @memberof tensorboard.Summary.Audio
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Audio.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.sampleRate != null && Object.hasOwnProperty.call(message, "sampleRate"))
                    if (typeof message.sampleRate !== "number")
                        return "sampleRate: number expected";
                if (message.numChannels != null && Object.hasOwnProperty.call(message, "numChannels"))
                    if (!$util.isInteger(message.numChannels) && !(message.numChannels && $util.isInteger(message.numChannels.low) && $util.isInteger(message.numChannels.high)))
                        return "numChannels: integer|Long expected";
                if (message.lengthFrames != null && Object.hasOwnProperty.call(message, "lengthFrames"))
                    if (!$util.isInteger(message.lengthFrames) && !(message.lengthFrames && $util.isInteger(message.lengthFrames.low) && $util.isInteger(message.lengthFrames.high)))
                        return "lengthFrames: integer|Long expected";
                if (message.encodedAudioString != null && Object.hasOwnProperty.call(message, "encodedAudioString"))
                    if (!(message.encodedAudioString && typeof message.encodedAudioString.length === "number" || $util.isString(message.encodedAudioString)))
                        return "encodedAudioString: buffer expected";
                if (message.contentType != null && Object.hasOwnProperty.call(message, "contentType"))
                    if (!$util.isString(message.contentType))
                        return "contentType: string expected";
                return null;
            };

            /**
             * Creates an Audio message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.Summary.Audio
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.Summary.Audio} Audio
             */
            Audio.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.Summary.Audio)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.Summary.Audio: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.Summary.Audio();
                if (object.sampleRate != null)
                    message.sampleRate = Number(object.sampleRate);
                if (object.numChannels != null)
                    if ($util.Long)
                        message.numChannels = $util.Long.fromValue(object.numChannels, false);
                    else if (typeof object.numChannels === "string")
                        message.numChannels = parseInt(object.numChannels, 10);
                    else if (typeof object.numChannels === "number")
                        message.numChannels = object.numChannels;
                    else if (typeof object.numChannels === "object")
                        message.numChannels = new $util.LongBits(object.numChannels.low >>> 0, object.numChannels.high >>> 0).toNumber();
                if (object.lengthFrames != null)
                    if ($util.Long)
                        message.lengthFrames = $util.Long.fromValue(object.lengthFrames, false);
                    else if (typeof object.lengthFrames === "string")
                        message.lengthFrames = parseInt(object.lengthFrames, 10);
                    else if (typeof object.lengthFrames === "number")
                        message.lengthFrames = object.lengthFrames;
                    else if (typeof object.lengthFrames === "object")
                        message.lengthFrames = new $util.LongBits(object.lengthFrames.low >>> 0, object.lengthFrames.high >>> 0).toNumber();
                if (object.encodedAudioString != null)
                    if (typeof object.encodedAudioString === "string")
                        $util.base64.decode(object.encodedAudioString, message.encodedAudioString = $util.newBuffer($util.base64.length(object.encodedAudioString)), 0);
                    else if (object.encodedAudioString.length >= 0)
                        message.encodedAudioString = object.encodedAudioString;
                if (object.contentType != null)
                    message.contentType = String(object.contentType);
                return message;
            };

            /**
             * Creates a plain object from an Audio message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.Summary.Audio
             * @static
             * @param {tensorboard.Summary.Audio} message Audio
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Audio.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sampleRate = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.numChannels = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.numChannels = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lengthFrames = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.lengthFrames = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if (options.bytes === String)
                        object.encodedAudioString = "";
                    else {
                        object.encodedAudioString = [];
                        if (options.bytes !== Array)
                            object.encodedAudioString = $util.newBuffer(object.encodedAudioString);
                    }
                    object.contentType = "";
                }
                if (message.sampleRate != null && Object.hasOwnProperty.call(message, "sampleRate"))
                    object.sampleRate = options.json && !isFinite(message.sampleRate) ? String(message.sampleRate) : message.sampleRate;
                if (message.numChannels != null && Object.hasOwnProperty.call(message, "numChannels"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.numChannels = typeof message.numChannels === "number" ? BigInt(message.numChannels) : $util.Long.fromBits(message.numChannels.low >>> 0, message.numChannels.high >>> 0, false).toBigInt();
                    else if (typeof message.numChannels === "number")
                        object.numChannels = options.longs === String ? String(message.numChannels) : message.numChannels;
                    else
                        object.numChannels = options.longs === String ? $util.Long.prototype.toString.call(message.numChannels) : options.longs === Number ? new $util.LongBits(message.numChannels.low >>> 0, message.numChannels.high >>> 0).toNumber() : message.numChannels;
                if (message.lengthFrames != null && Object.hasOwnProperty.call(message, "lengthFrames"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.lengthFrames = typeof message.lengthFrames === "number" ? BigInt(message.lengthFrames) : $util.Long.fromBits(message.lengthFrames.low >>> 0, message.lengthFrames.high >>> 0, false).toBigInt();
                    else if (typeof message.lengthFrames === "number")
                        object.lengthFrames = options.longs === String ? String(message.lengthFrames) : message.lengthFrames;
                    else
                        object.lengthFrames = options.longs === String ? $util.Long.prototype.toString.call(message.lengthFrames) : options.longs === Number ? new $util.LongBits(message.lengthFrames.low >>> 0, message.lengthFrames.high >>> 0).toNumber() : message.lengthFrames;
                if (message.encodedAudioString != null && Object.hasOwnProperty.call(message, "encodedAudioString"))
                    object.encodedAudioString = options.bytes === String ? $util.base64.encode(message.encodedAudioString, 0, message.encodedAudioString.length) : options.bytes === Array ? Array.prototype.slice.call(message.encodedAudioString) : message.encodedAudioString;
                if (message.contentType != null && Object.hasOwnProperty.call(message, "contentType"))
                    object.contentType = message.contentType;
                return object;
            };

            /**
             * Converts this Audio to JSON.
             * @function toJSON
             * @memberof tensorboard.Summary.Audio
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Audio.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Audio
             * @function getTypeUrl
             * @memberof tensorboard.Summary.Audio
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Audio.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.Summary.Audio";
            };

            return Audio;
        })();

        Summary.Value = (function() {

            /**
             * Properties of a Value.
             * @memberof tensorboard.Summary
             * @interface IValue
             * @property {string|null} [nodeName] Value nodeName
             * @property {string|null} [tag] Value tag
             * @property {tensorboard.ISummaryMetadata|null} [metadata] Value metadata
             * @property {number|null} [simpleValue] Value simpleValue
             * @property {Uint8Array|null} [obsoleteOldStyleHistogram] Value obsoleteOldStyleHistogram
             * @property {tensorboard.Summary.IImage|null} [image] Value image
             * @property {tensorboard.IHistogramProto|null} [histo] Value histo
             * @property {tensorboard.Summary.IAudio|null} [audio] Value audio
             * @property {tensorboard.ITensorProto|null} [tensor] Value tensor
             */

            /**
             * Constructs a new Value.
             * @memberof tensorboard.Summary
             * @classdesc Represents a Value.
             * @implements IValue
             * @constructor
             * @param {tensorboard.Summary.IValue=} [properties] Properties to set
             */
            function Value(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Value nodeName.
             * @member {string} nodeName
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.nodeName = "";

            /**
             * Value tag.
             * @member {string} tag
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.tag = "";

            /**
             * Value metadata.
             * @member {tensorboard.ISummaryMetadata|null|undefined} metadata
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.metadata = null;

            /**
             * Value simpleValue.
             * @member {number|null|undefined} simpleValue
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.simpleValue = null;

            /**
             * Value obsoleteOldStyleHistogram.
             * @member {Uint8Array|null|undefined} obsoleteOldStyleHistogram
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.obsoleteOldStyleHistogram = null;

            /**
             * Value image.
             * @member {tensorboard.Summary.IImage|null|undefined} image
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.image = null;

            /**
             * Value histo.
             * @member {tensorboard.IHistogramProto|null|undefined} histo
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.histo = null;

            /**
             * Value audio.
             * @member {tensorboard.Summary.IAudio|null|undefined} audio
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.audio = null;

            /**
             * Value tensor.
             * @member {tensorboard.ITensorProto|null|undefined} tensor
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.tensor = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Value value.
             * @member {"simpleValue"|"obsoleteOldStyleHistogram"|"image"|"histo"|"audio"|"tensor"|undefined} value
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Object.defineProperty(Value.prototype, "value", {
                get: $util.oneOfGetter($oneOfFields = ["simpleValue", "obsoleteOldStyleHistogram", "image", "histo", "audio", "tensor"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Value instance using the specified properties.
             * @function create
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {tensorboard.Summary.IValue=} [properties] Properties to set
             * @returns {tensorboard.Summary.Value} Value instance
             */
            Value.create = function create(properties) {
                return new Value(properties);
            };

            /**
             * Encodes the specified Value message. Does not implicitly {@link tensorboard.Summary.Value.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {tensorboard.Summary.IValue} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tag != null && Object.hasOwnProperty.call(message, "tag"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.tag);
                if (message.simpleValue != null && Object.hasOwnProperty.call(message, "simpleValue"))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.simpleValue);
                if (message.obsoleteOldStyleHistogram != null && Object.hasOwnProperty.call(message, "obsoleteOldStyleHistogram"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.obsoleteOldStyleHistogram);
                if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                    $root.tensorboard.Summary.Image.encode(message.image, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.histo != null && Object.hasOwnProperty.call(message, "histo"))
                    $root.tensorboard.HistogramProto.encode(message.histo, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.audio != null && Object.hasOwnProperty.call(message, "audio"))
                    $root.tensorboard.Summary.Audio.encode(message.audio, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.nodeName != null && Object.hasOwnProperty.call(message, "nodeName"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.nodeName);
                if (message.tensor != null && Object.hasOwnProperty.call(message, "tensor"))
                    $root.tensorboard.TensorProto.encode(message.tensor, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                    $root.tensorboard.SummaryMetadata.encode(message.metadata, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.Summary.Value} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.Summary.Value();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 7: {
                            message.nodeName = reader.string();
                            break;
                        }
                    case 1: {
                            message.tag = reader.string();
                            break;
                        }
                    case 9: {
                            message.metadata = $root.tensorboard.SummaryMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.simpleValue = reader.float();
                            break;
                        }
                    case 3: {
                            message.obsoleteOldStyleHistogram = reader.bytes();
                            break;
                        }
                    case 4: {
                            message.image = $root.tensorboard.Summary.Image.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.histo = $root.tensorboard.HistogramProto.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.audio = $root.tensorboard.Summary.Audio.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 8: {
                            message.tensor = $root.tensorboard.TensorProto.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Value message.
             * @function verify
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Value.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                let properties = {};
                if (message.nodeName != null && Object.hasOwnProperty.call(message, "nodeName"))
                    if (!$util.isString(message.nodeName))
                        return "nodeName: string expected";
                if (message.tag != null && Object.hasOwnProperty.call(message, "tag"))
                    if (!$util.isString(message.tag))
                        return "tag: string expected";
                if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata")) {
                    let error = $root.tensorboard.SummaryMetadata.verify(message.metadata, long + 1);
                    if (error)
                        return "metadata." + error;
                }
                if (message.simpleValue != null && Object.hasOwnProperty.call(message, "simpleValue")) {
                    properties.value = 1;
                    if (typeof message.simpleValue !== "number")
                        return "simpleValue: number expected";
                }
                if (message.obsoleteOldStyleHistogram != null && Object.hasOwnProperty.call(message, "obsoleteOldStyleHistogram")) {
                    if (properties.value === 1)
                        return "value: multiple values";
                    properties.value = 1;
                    if (!(message.obsoleteOldStyleHistogram && typeof message.obsoleteOldStyleHistogram.length === "number" || $util.isString(message.obsoleteOldStyleHistogram)))
                        return "obsoleteOldStyleHistogram: buffer expected";
                }
                if (message.image != null && Object.hasOwnProperty.call(message, "image")) {
                    if (properties.value === 1)
                        return "value: multiple values";
                    properties.value = 1;
                    {
                        let error = $root.tensorboard.Summary.Image.verify(message.image, long + 1);
                        if (error)
                            return "image." + error;
                    }
                }
                if (message.histo != null && Object.hasOwnProperty.call(message, "histo")) {
                    if (properties.value === 1)
                        return "value: multiple values";
                    properties.value = 1;
                    {
                        let error = $root.tensorboard.HistogramProto.verify(message.histo, long + 1);
                        if (error)
                            return "histo." + error;
                    }
                }
                if (message.audio != null && Object.hasOwnProperty.call(message, "audio")) {
                    if (properties.value === 1)
                        return "value: multiple values";
                    properties.value = 1;
                    {
                        let error = $root.tensorboard.Summary.Audio.verify(message.audio, long + 1);
                        if (error)
                            return "audio." + error;
                    }
                }
                if (message.tensor != null && Object.hasOwnProperty.call(message, "tensor")) {
                    if (properties.value === 1)
                        return "value: multiple values";
                    properties.value = 1;
                    {
                        let error = $root.tensorboard.TensorProto.verify(message.tensor, long + 1);
                        if (error)
                            return "tensor." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.Summary.Value} Value
             */
            Value.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.Summary.Value)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.Summary.Value: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.Summary.Value();
                if (object.nodeName != null)
                    message.nodeName = String(object.nodeName);
                if (object.tag != null)
                    message.tag = String(object.tag);
                if (object.metadata != null) {
                    if (!$util.isObject(object.metadata))
                        throw TypeError(".tensorboard.Summary.Value.metadata: object expected");
                    message.metadata = $root.tensorboard.SummaryMetadata.fromObject(object.metadata, long + 1);
                }
                if (object.simpleValue != null)
                    message.simpleValue = Number(object.simpleValue);
                if (object.obsoleteOldStyleHistogram != null)
                    if (typeof object.obsoleteOldStyleHistogram === "string")
                        $util.base64.decode(object.obsoleteOldStyleHistogram, message.obsoleteOldStyleHistogram = $util.newBuffer($util.base64.length(object.obsoleteOldStyleHistogram)), 0);
                    else if (object.obsoleteOldStyleHistogram.length >= 0)
                        message.obsoleteOldStyleHistogram = object.obsoleteOldStyleHistogram;
                if (object.image != null) {
                    if (!$util.isObject(object.image))
                        throw TypeError(".tensorboard.Summary.Value.image: object expected");
                    message.image = $root.tensorboard.Summary.Image.fromObject(object.image, long + 1);
                }
                if (object.histo != null) {
                    if (!$util.isObject(object.histo))
                        throw TypeError(".tensorboard.Summary.Value.histo: object expected");
                    message.histo = $root.tensorboard.HistogramProto.fromObject(object.histo, long + 1);
                }
                if (object.audio != null) {
                    if (!$util.isObject(object.audio))
                        throw TypeError(".tensorboard.Summary.Value.audio: object expected");
                    message.audio = $root.tensorboard.Summary.Audio.fromObject(object.audio, long + 1);
                }
                if (object.tensor != null) {
                    if (!$util.isObject(object.tensor))
                        throw TypeError(".tensorboard.Summary.Value.tensor: object expected");
                    message.tensor = $root.tensorboard.TensorProto.fromObject(object.tensor, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {tensorboard.Summary.Value} message Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Value.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.tag = "";
                    object.nodeName = "";
                    object.metadata = null;
                }
                if (message.tag != null && Object.hasOwnProperty.call(message, "tag"))
                    object.tag = message.tag;
                if (message.simpleValue != null && Object.hasOwnProperty.call(message, "simpleValue")) {
                    object.simpleValue = options.json && !isFinite(message.simpleValue) ? String(message.simpleValue) : message.simpleValue;
                    if (options.oneofs)
                        object.value = "simpleValue";
                }
                if (message.obsoleteOldStyleHistogram != null && Object.hasOwnProperty.call(message, "obsoleteOldStyleHistogram")) {
                    object.obsoleteOldStyleHistogram = options.bytes === String ? $util.base64.encode(message.obsoleteOldStyleHistogram, 0, message.obsoleteOldStyleHistogram.length) : options.bytes === Array ? Array.prototype.slice.call(message.obsoleteOldStyleHistogram) : message.obsoleteOldStyleHistogram;
                    if (options.oneofs)
                        object.value = "obsoleteOldStyleHistogram";
                }
                if (message.image != null && Object.hasOwnProperty.call(message, "image")) {
                    object.image = $root.tensorboard.Summary.Image.toObject(message.image, options, q + 1);
                    if (options.oneofs)
                        object.value = "image";
                }
                if (message.histo != null && Object.hasOwnProperty.call(message, "histo")) {
                    object.histo = $root.tensorboard.HistogramProto.toObject(message.histo, options, q + 1);
                    if (options.oneofs)
                        object.value = "histo";
                }
                if (message.audio != null && Object.hasOwnProperty.call(message, "audio")) {
                    object.audio = $root.tensorboard.Summary.Audio.toObject(message.audio, options, q + 1);
                    if (options.oneofs)
                        object.value = "audio";
                }
                if (message.nodeName != null && Object.hasOwnProperty.call(message, "nodeName"))
                    object.nodeName = message.nodeName;
                if (message.tensor != null && Object.hasOwnProperty.call(message, "tensor")) {
                    object.tensor = $root.tensorboard.TensorProto.toObject(message.tensor, options, q + 1);
                    if (options.oneofs)
                        object.value = "tensor";
                }
                if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                    object.metadata = $root.tensorboard.SummaryMetadata.toObject(message.metadata, options, q + 1);
                return object;
            };

            /**
             * Converts this Value to JSON.
             * @function toJSON
             * @memberof tensorboard.Summary.Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Value.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Value
             * @function getTypeUrl
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Value.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.Summary.Value";
            };

            return Value;
        })();

        return Summary;
    })();

    tensorboard.HistogramProto = (function() {

        /**
         * Properties of a HistogramProto.
         * @memberof tensorboard
         * @interface IHistogramProto
         * @property {number|null} [min] HistogramProto min
         * @property {number|null} [max] HistogramProto max
         * @property {number|null} [num] HistogramProto num
         * @property {number|null} [sum] HistogramProto sum
         * @property {number|null} [sumSquares] HistogramProto sumSquares
         * @property {Array.<number>|null} [bucketLimit] HistogramProto bucketLimit
         * @property {Array.<number>|null} [bucket] HistogramProto bucket
         */

        /**
         * Constructs a new HistogramProto.
         * @memberof tensorboard
         * @classdesc Represents a HistogramProto.
         * @implements IHistogramProto
         * @constructor
         * @param {tensorboard.IHistogramProto=} [properties] Properties to set
         */
        function HistogramProto(properties) {
            this.bucketLimit = [];
            this.bucket = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * HistogramProto min.
         * @member {number} min
         * @memberof tensorboard.HistogramProto
         * @instance
         */
        HistogramProto.prototype.min = 0;

        /**
         * HistogramProto max.
         * @member {number} max
         * @memberof tensorboard.HistogramProto
         * @instance
         */
        HistogramProto.prototype.max = 0;

        /**
         * HistogramProto num.
         * @member {number} num
         * @memberof tensorboard.HistogramProto
         * @instance
         */
        HistogramProto.prototype.num = 0;

        /**
         * HistogramProto sum.
         * @member {number} sum
         * @memberof tensorboard.HistogramProto
         * @instance
         */
        HistogramProto.prototype.sum = 0;

        /**
         * HistogramProto sumSquares.
         * @member {number} sumSquares
         * @memberof tensorboard.HistogramProto
         * @instance
         */
        HistogramProto.prototype.sumSquares = 0;

        /**
         * HistogramProto bucketLimit.
         * @member {Array.<number>} bucketLimit
         * @memberof tensorboard.HistogramProto
         * @instance
         */
        HistogramProto.prototype.bucketLimit = $util.emptyArray;

        /**
         * HistogramProto bucket.
         * @member {Array.<number>} bucket
         * @memberof tensorboard.HistogramProto
         * @instance
         */
        HistogramProto.prototype.bucket = $util.emptyArray;

        /**
         * Creates a new HistogramProto instance using the specified properties.
         * @function create
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {tensorboard.IHistogramProto=} [properties] Properties to set
         * @returns {tensorboard.HistogramProto} HistogramProto instance
         */
        HistogramProto.create = function create(properties) {
            return new HistogramProto(properties);
        };

        /**
         * Encodes the specified HistogramProto message. Does not implicitly {@link tensorboard.HistogramProto.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {tensorboard.IHistogramProto} message HistogramProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HistogramProto.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.min != null && Object.hasOwnProperty.call(message, "min"))
                writer.uint32(/* id 1, wireType 1 =*/9).double(message.min);
            if (message.max != null && Object.hasOwnProperty.call(message, "max"))
                writer.uint32(/* id 2, wireType 1 =*/17).double(message.max);
            if (message.num != null && Object.hasOwnProperty.call(message, "num"))
                writer.uint32(/* id 3, wireType 1 =*/25).double(message.num);
            if (message.sum != null && Object.hasOwnProperty.call(message, "sum"))
                writer.uint32(/* id 4, wireType 1 =*/33).double(message.sum);
            if (message.sumSquares != null && Object.hasOwnProperty.call(message, "sumSquares"))
                writer.uint32(/* id 5, wireType 1 =*/41).double(message.sumSquares);
            if (message.bucketLimit != null && message.bucketLimit.length) {
                writer.uint32(/* id 6, wireType 2 =*/50).fork();
                for (let i = 0; i < message.bucketLimit.length; ++i)
                    writer.double(message.bucketLimit[i]);
                writer.ldelim();
            }
            if (message.bucket != null && message.bucket.length) {
                writer.uint32(/* id 7, wireType 2 =*/58).fork();
                for (let i = 0; i < message.bucket.length; ++i)
                    writer.double(message.bucket[i]);
                writer.ldelim();
            }
            return writer;
        };

        /**
         * Decodes a HistogramProto message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.HistogramProto} HistogramProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HistogramProto.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.HistogramProto();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.min = reader.double();
                        break;
                    }
                case 2: {
                        message.max = reader.double();
                        break;
                    }
                case 3: {
                        message.num = reader.double();
                        break;
                    }
                case 4: {
                        message.sum = reader.double();
                        break;
                    }
                case 5: {
                        message.sumSquares = reader.double();
                        break;
                    }
                case 6: {
                        if (!(message.bucketLimit && message.bucketLimit.length))
                            message.bucketLimit = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.bucketLimit.push(reader.double());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.bucketLimit.push(reader.double());
                        break;
                    }
                case 7: {
                        if (!(message.bucket && message.bucket.length))
                            message.bucket = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.bucket.push(reader.double());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.bucket.push(reader.double());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a HistogramProto message.
         * @function verify
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        HistogramProto.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.min != null && Object.hasOwnProperty.call(message, "min"))
                if (typeof message.min !== "number")
                    return "min: number expected";
            if (message.max != null && Object.hasOwnProperty.call(message, "max"))
                if (typeof message.max !== "number")
                    return "max: number expected";
            if (message.num != null && Object.hasOwnProperty.call(message, "num"))
                if (typeof message.num !== "number")
                    return "num: number expected";
            if (message.sum != null && Object.hasOwnProperty.call(message, "sum"))
                if (typeof message.sum !== "number")
                    return "sum: number expected";
            if (message.sumSquares != null && Object.hasOwnProperty.call(message, "sumSquares"))
                if (typeof message.sumSquares !== "number")
                    return "sumSquares: number expected";
            if (message.bucketLimit != null && Object.hasOwnProperty.call(message, "bucketLimit")) {
                if (!Array.isArray(message.bucketLimit))
                    return "bucketLimit: array expected";
                for (let i = 0; i < message.bucketLimit.length; ++i)
                    if (typeof message.bucketLimit[i] !== "number")
                        return "bucketLimit: number[] expected";
            }
            if (message.bucket != null && Object.hasOwnProperty.call(message, "bucket")) {
                if (!Array.isArray(message.bucket))
                    return "bucket: array expected";
                for (let i = 0; i < message.bucket.length; ++i)
                    if (typeof message.bucket[i] !== "number")
                        return "bucket: number[] expected";
            }
            return null;
        };

        /**
         * Creates a HistogramProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.HistogramProto} HistogramProto
         */
        HistogramProto.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.HistogramProto)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.HistogramProto: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.HistogramProto();
            if (object.min != null)
                message.min = Number(object.min);
            if (object.max != null)
                message.max = Number(object.max);
            if (object.num != null)
                message.num = Number(object.num);
            if (object.sum != null)
                message.sum = Number(object.sum);
            if (object.sumSquares != null)
                message.sumSquares = Number(object.sumSquares);
            if (object.bucketLimit) {
                if (!Array.isArray(object.bucketLimit))
                    throw TypeError(".tensorboard.HistogramProto.bucketLimit: array expected");
                message.bucketLimit = [];
                for (let i = 0; i < object.bucketLimit.length; ++i)
                    message.bucketLimit[i] = Number(object.bucketLimit[i]);
            }
            if (object.bucket) {
                if (!Array.isArray(object.bucket))
                    throw TypeError(".tensorboard.HistogramProto.bucket: array expected");
                message.bucket = [];
                for (let i = 0; i < object.bucket.length; ++i)
                    message.bucket[i] = Number(object.bucket[i]);
            }
            return message;
        };

        /**
         * Creates a plain object from a HistogramProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {tensorboard.HistogramProto} message HistogramProto
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HistogramProto.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.bucketLimit = [];
                object.bucket = [];
            }
            if (options.defaults) {
                object.min = 0;
                object.max = 0;
                object.num = 0;
                object.sum = 0;
                object.sumSquares = 0;
            }
            if (message.min != null && Object.hasOwnProperty.call(message, "min"))
                object.min = options.json && !isFinite(message.min) ? String(message.min) : message.min;
            if (message.max != null && Object.hasOwnProperty.call(message, "max"))
                object.max = options.json && !isFinite(message.max) ? String(message.max) : message.max;
            if (message.num != null && Object.hasOwnProperty.call(message, "num"))
                object.num = options.json && !isFinite(message.num) ? String(message.num) : message.num;
            if (message.sum != null && Object.hasOwnProperty.call(message, "sum"))
                object.sum = options.json && !isFinite(message.sum) ? String(message.sum) : message.sum;
            if (message.sumSquares != null && Object.hasOwnProperty.call(message, "sumSquares"))
                object.sumSquares = options.json && !isFinite(message.sumSquares) ? String(message.sumSquares) : message.sumSquares;
            if (message.bucketLimit && message.bucketLimit.length) {
                object.bucketLimit = [];
                for (let j = 0; j < message.bucketLimit.length; ++j)
                    object.bucketLimit[j] = options.json && !isFinite(message.bucketLimit[j]) ? String(message.bucketLimit[j]) : message.bucketLimit[j];
            }
            if (message.bucket && message.bucket.length) {
                object.bucket = [];
                for (let j = 0; j < message.bucket.length; ++j)
                    object.bucket[j] = options.json && !isFinite(message.bucket[j]) ? String(message.bucket[j]) : message.bucket[j];
            }
            return object;
        };

        /**
         * Converts this HistogramProto to JSON.
         * @function toJSON
         * @memberof tensorboard.HistogramProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HistogramProto.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for HistogramProto
         * @function getTypeUrl
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        HistogramProto.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.HistogramProto";
        };

        return HistogramProto;
    })();

    tensorboard.TensorProto = (function() {

        /**
         * Properties of a TensorProto.
         * @memberof tensorboard
         * @interface ITensorProto
         * @property {tensorboard.DataType|null} [dtype] TensorProto dtype
         * @property {tensorboard.ITensorShapeProto|null} [tensorShape] TensorProto tensorShape
         * @property {number|null} [versionNumber] TensorProto versionNumber
         * @property {Uint8Array|null} [tensorContent] TensorProto tensorContent
         * @property {Array.<number>|null} [halfVal] TensorProto halfVal
         * @property {Array.<number>|null} [floatVal] TensorProto floatVal
         * @property {Array.<number>|null} [doubleVal] TensorProto doubleVal
         * @property {Array.<number>|null} [intVal] TensorProto intVal
         * @property {Array.<Uint8Array>|null} [stringVal] TensorProto stringVal
         * @property {Array.<number>|null} [scomplexVal] TensorProto scomplexVal
         * @property {Array.<number>|null} [int64Val] TensorProto int64Val
         * @property {Array.<boolean>|null} [boolVal] TensorProto boolVal
         * @property {Array.<number>|null} [dcomplexVal] TensorProto dcomplexVal
         * @property {Array.<number>|null} [uint32Val] TensorProto uint32Val
         * @property {Array.<number>|null} [uint64Val] TensorProto uint64Val
         * @property {Uint8Array|null} [float8Val] TensorProto float8Val
         */

        /**
         * Constructs a new TensorProto.
         * @memberof tensorboard
         * @classdesc Represents a TensorProto.
         * @implements ITensorProto
         * @constructor
         * @param {tensorboard.ITensorProto=} [properties] Properties to set
         */
        function TensorProto(properties) {
            this.halfVal = [];
            this.floatVal = [];
            this.doubleVal = [];
            this.intVal = [];
            this.stringVal = [];
            this.scomplexVal = [];
            this.int64Val = [];
            this.boolVal = [];
            this.dcomplexVal = [];
            this.uint32Val = [];
            this.uint64Val = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * TensorProto dtype.
         * @member {tensorboard.DataType} dtype
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.dtype = 0;

        /**
         * TensorProto tensorShape.
         * @member {tensorboard.ITensorShapeProto|null|undefined} tensorShape
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.tensorShape = null;

        /**
         * TensorProto versionNumber.
         * @member {number} versionNumber
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.versionNumber = 0;

        /**
         * TensorProto tensorContent.
         * @member {Uint8Array} tensorContent
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.tensorContent = $util.newBuffer([]);

        /**
         * TensorProto halfVal.
         * @member {Array.<number>} halfVal
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.halfVal = $util.emptyArray;

        /**
         * TensorProto floatVal.
         * @member {Array.<number>} floatVal
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.floatVal = $util.emptyArray;

        /**
         * TensorProto doubleVal.
         * @member {Array.<number>} doubleVal
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.doubleVal = $util.emptyArray;

        /**
         * TensorProto intVal.
         * @member {Array.<number>} intVal
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.intVal = $util.emptyArray;

        /**
         * TensorProto stringVal.
         * @member {Array.<Uint8Array>} stringVal
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.stringVal = $util.emptyArray;

        /**
         * TensorProto scomplexVal.
         * @member {Array.<number>} scomplexVal
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.scomplexVal = $util.emptyArray;

        /**
         * TensorProto int64Val.
         * @member {Array.<number>} int64Val
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.int64Val = $util.emptyArray;

        /**
         * TensorProto boolVal.
         * @member {Array.<boolean>} boolVal
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.boolVal = $util.emptyArray;

        /**
         * TensorProto dcomplexVal.
         * @member {Array.<number>} dcomplexVal
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.dcomplexVal = $util.emptyArray;

        /**
         * TensorProto uint32Val.
         * @member {Array.<number>} uint32Val
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.uint32Val = $util.emptyArray;

        /**
         * TensorProto uint64Val.
         * @member {Array.<number>} uint64Val
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.uint64Val = $util.emptyArray;

        /**
         * TensorProto float8Val.
         * @member {Uint8Array} float8Val
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.float8Val = $util.newBuffer([]);

        /**
         * Creates a new TensorProto instance using the specified properties.
         * @function create
         * @memberof tensorboard.TensorProto
         * @static
         * @param {tensorboard.ITensorProto=} [properties] Properties to set
         * @returns {tensorboard.TensorProto} TensorProto instance
         */
        TensorProto.create = function create(properties) {
            return new TensorProto(properties);
        };

        /**
         * Encodes the specified TensorProto message. Does not implicitly {@link tensorboard.TensorProto.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.TensorProto
         * @static
         * @param {tensorboard.ITensorProto} message TensorProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorProto.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.dtype != null && Object.hasOwnProperty.call(message, "dtype"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.dtype);
            if (message.tensorShape != null && Object.hasOwnProperty.call(message, "tensorShape"))
                $root.tensorboard.TensorShapeProto.encode(message.tensorShape, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.versionNumber != null && Object.hasOwnProperty.call(message, "versionNumber"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.versionNumber);
            if (message.tensorContent != null && Object.hasOwnProperty.call(message, "tensorContent"))
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.tensorContent);
            if (message.floatVal != null && message.floatVal.length) {
                writer.uint32(/* id 5, wireType 2 =*/42).fork();
                for (let i = 0; i < message.floatVal.length; ++i)
                    writer.float(message.floatVal[i]);
                writer.ldelim();
            }
            if (message.doubleVal != null && message.doubleVal.length) {
                writer.uint32(/* id 6, wireType 2 =*/50).fork();
                for (let i = 0; i < message.doubleVal.length; ++i)
                    writer.double(message.doubleVal[i]);
                writer.ldelim();
            }
            if (message.intVal != null && message.intVal.length) {
                writer.uint32(/* id 7, wireType 2 =*/58).fork();
                for (let i = 0; i < message.intVal.length; ++i)
                    writer.int32(message.intVal[i]);
                writer.ldelim();
            }
            if (message.stringVal != null && message.stringVal.length)
                for (let i = 0; i < message.stringVal.length; ++i)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.stringVal[i]);
            if (message.scomplexVal != null && message.scomplexVal.length) {
                writer.uint32(/* id 9, wireType 2 =*/74).fork();
                for (let i = 0; i < message.scomplexVal.length; ++i)
                    writer.float(message.scomplexVal[i]);
                writer.ldelim();
            }
            if (message.int64Val != null && message.int64Val.length) {
                writer.uint32(/* id 10, wireType 2 =*/82).fork();
                for (let i = 0; i < message.int64Val.length; ++i)
                    writer.int64(message.int64Val[i]);
                writer.ldelim();
            }
            if (message.boolVal != null && message.boolVal.length) {
                writer.uint32(/* id 11, wireType 2 =*/90).fork();
                for (let i = 0; i < message.boolVal.length; ++i)
                    writer.bool(message.boolVal[i]);
                writer.ldelim();
            }
            if (message.dcomplexVal != null && message.dcomplexVal.length) {
                writer.uint32(/* id 12, wireType 2 =*/98).fork();
                for (let i = 0; i < message.dcomplexVal.length; ++i)
                    writer.double(message.dcomplexVal[i]);
                writer.ldelim();
            }
            if (message.halfVal != null && message.halfVal.length) {
                writer.uint32(/* id 13, wireType 2 =*/106).fork();
                for (let i = 0; i < message.halfVal.length; ++i)
                    writer.int32(message.halfVal[i]);
                writer.ldelim();
            }
            if (message.uint32Val != null && message.uint32Val.length) {
                writer.uint32(/* id 16, wireType 2 =*/130).fork();
                for (let i = 0; i < message.uint32Val.length; ++i)
                    writer.uint32(message.uint32Val[i]);
                writer.ldelim();
            }
            if (message.uint64Val != null && message.uint64Val.length) {
                writer.uint32(/* id 17, wireType 2 =*/138).fork();
                for (let i = 0; i < message.uint64Val.length; ++i)
                    writer.uint64(message.uint64Val[i]);
                writer.ldelim();
            }
            if (message.float8Val != null && Object.hasOwnProperty.call(message, "float8Val"))
                writer.uint32(/* id 18, wireType 2 =*/146).bytes(message.float8Val);
            return writer;
        };

        /**
         * Decodes a TensorProto message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.TensorProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.TensorProto} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorProto.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.TensorProto();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.dtype = reader.int32();
                        break;
                    }
                case 2: {
                        message.tensorShape = $root.tensorboard.TensorShapeProto.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 3: {
                        message.versionNumber = reader.int32();
                        break;
                    }
                case 4: {
                        message.tensorContent = reader.bytes();
                        break;
                    }
                case 13: {
                        if (!(message.halfVal && message.halfVal.length))
                            message.halfVal = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.halfVal.push(reader.int32());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.halfVal.push(reader.int32());
                        break;
                    }
                case 5: {
                        if (!(message.floatVal && message.floatVal.length))
                            message.floatVal = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.floatVal.push(reader.float());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.floatVal.push(reader.float());
                        break;
                    }
                case 6: {
                        if (!(message.doubleVal && message.doubleVal.length))
                            message.doubleVal = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.doubleVal.push(reader.double());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.doubleVal.push(reader.double());
                        break;
                    }
                case 7: {
                        if (!(message.intVal && message.intVal.length))
                            message.intVal = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.intVal.push(reader.int32());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.intVal.push(reader.int32());
                        break;
                    }
                case 8: {
                        if (!(message.stringVal && message.stringVal.length))
                            message.stringVal = [];
                        message.stringVal.push(reader.bytes());
                        break;
                    }
                case 9: {
                        if (!(message.scomplexVal && message.scomplexVal.length))
                            message.scomplexVal = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.scomplexVal.push(reader.float());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.scomplexVal.push(reader.float());
                        break;
                    }
                case 10: {
                        if (!(message.int64Val && message.int64Val.length))
                            message.int64Val = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.int64Val.push(reader.int64());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.int64Val.push(reader.int64());
                        break;
                    }
                case 11: {
                        if (!(message.boolVal && message.boolVal.length))
                            message.boolVal = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.boolVal.push(reader.bool());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.boolVal.push(reader.bool());
                        break;
                    }
                case 12: {
                        if (!(message.dcomplexVal && message.dcomplexVal.length))
                            message.dcomplexVal = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.dcomplexVal.push(reader.double());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.dcomplexVal.push(reader.double());
                        break;
                    }
                case 16: {
                        if (!(message.uint32Val && message.uint32Val.length))
                            message.uint32Val = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.uint32Val.push(reader.uint32());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.uint32Val.push(reader.uint32());
                        break;
                    }
                case 17: {
                        if (!(message.uint64Val && message.uint64Val.length))
                            message.uint64Val = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.uint64Val.push(reader.uint64());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.uint64Val.push(reader.uint64());
                        break;
                    }
                case 18: {
                        message.float8Val = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a TensorProto message.
         * @function verify
         * @memberof tensorboard.TensorProto
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorProto.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.dtype != null && Object.hasOwnProperty.call(message, "dtype"))
                switch (message.dtype) {
                default:
                    return "dtype: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                case 7:
                case 8:
                case 9:
                case 10:
                case 11:
                case 12:
                case 13:
                case 14:
                case 15:
                case 16:
                case 17:
                case 18:
                case 19:
                case 20:
                case 21:
                case 22:
                case 23:
                    break;
                }
            if (message.tensorShape != null && Object.hasOwnProperty.call(message, "tensorShape")) {
                let error = $root.tensorboard.TensorShapeProto.verify(message.tensorShape, long + 1);
                if (error)
                    return "tensorShape." + error;
            }
            if (message.versionNumber != null && Object.hasOwnProperty.call(message, "versionNumber"))
                if (!$util.isInteger(message.versionNumber))
                    return "versionNumber: integer expected";
            if (message.tensorContent != null && Object.hasOwnProperty.call(message, "tensorContent"))
                if (!(message.tensorContent && typeof message.tensorContent.length === "number" || $util.isString(message.tensorContent)))
                    return "tensorContent: buffer expected";
            if (message.halfVal != null && Object.hasOwnProperty.call(message, "halfVal")) {
                if (!Array.isArray(message.halfVal))
                    return "halfVal: array expected";
                for (let i = 0; i < message.halfVal.length; ++i)
                    if (!$util.isInteger(message.halfVal[i]))
                        return "halfVal: integer[] expected";
            }
            if (message.floatVal != null && Object.hasOwnProperty.call(message, "floatVal")) {
                if (!Array.isArray(message.floatVal))
                    return "floatVal: array expected";
                for (let i = 0; i < message.floatVal.length; ++i)
                    if (typeof message.floatVal[i] !== "number")
                        return "floatVal: number[] expected";
            }
            if (message.doubleVal != null && Object.hasOwnProperty.call(message, "doubleVal")) {
                if (!Array.isArray(message.doubleVal))
                    return "doubleVal: array expected";
                for (let i = 0; i < message.doubleVal.length; ++i)
                    if (typeof message.doubleVal[i] !== "number")
                        return "doubleVal: number[] expected";
            }
            if (message.intVal != null && Object.hasOwnProperty.call(message, "intVal")) {
                if (!Array.isArray(message.intVal))
                    return "intVal: array expected";
                for (let i = 0; i < message.intVal.length; ++i)
                    if (!$util.isInteger(message.intVal[i]))
                        return "intVal: integer[] expected";
            }
            if (message.stringVal != null && Object.hasOwnProperty.call(message, "stringVal")) {
                if (!Array.isArray(message.stringVal))
                    return "stringVal: array expected";
                for (let i = 0; i < message.stringVal.length; ++i)
                    if (!(message.stringVal[i] && typeof message.stringVal[i].length === "number" || $util.isString(message.stringVal[i])))
                        return "stringVal: buffer[] expected";
            }
            if (message.scomplexVal != null && Object.hasOwnProperty.call(message, "scomplexVal")) {
                if (!Array.isArray(message.scomplexVal))
                    return "scomplexVal: array expected";
                for (let i = 0; i < message.scomplexVal.length; ++i)
                    if (typeof message.scomplexVal[i] !== "number")
                        return "scomplexVal: number[] expected";
            }
            if (message.int64Val != null && Object.hasOwnProperty.call(message, "int64Val")) {
                if (!Array.isArray(message.int64Val))
                    return "int64Val: array expected";
                for (let i = 0; i < message.int64Val.length; ++i)
                    if (!$util.isInteger(message.int64Val[i]) && !(message.int64Val[i] && $util.isInteger(message.int64Val[i].low) && $util.isInteger(message.int64Val[i].high)))
                        return "int64Val: integer|Long[] expected";
            }
            if (message.boolVal != null && Object.hasOwnProperty.call(message, "boolVal")) {
                if (!Array.isArray(message.boolVal))
                    return "boolVal: array expected";
                for (let i = 0; i < message.boolVal.length; ++i)
                    if (typeof message.boolVal[i] !== "boolean")
                        return "boolVal: boolean[] expected";
            }
            if (message.dcomplexVal != null && Object.hasOwnProperty.call(message, "dcomplexVal")) {
                if (!Array.isArray(message.dcomplexVal))
                    return "dcomplexVal: array expected";
                for (let i = 0; i < message.dcomplexVal.length; ++i)
                    if (typeof message.dcomplexVal[i] !== "number")
                        return "dcomplexVal: number[] expected";
            }
            if (message.uint32Val != null && Object.hasOwnProperty.call(message, "uint32Val")) {
                if (!Array.isArray(message.uint32Val))
                    return "uint32Val: array expected";
                for (let i = 0; i < message.uint32Val.length; ++i)
                    if (!$util.isInteger(message.uint32Val[i]))
                        return "uint32Val: integer[] expected";
            }
            if (message.uint64Val != null && Object.hasOwnProperty.call(message, "uint64Val")) {
                if (!Array.isArray(message.uint64Val))
                    return "uint64Val: array expected";
                for (let i = 0; i < message.uint64Val.length; ++i)
                    if (!$util.isInteger(message.uint64Val[i]) && !(message.uint64Val[i] && $util.isInteger(message.uint64Val[i].low) && $util.isInteger(message.uint64Val[i].high)))
                        return "uint64Val: integer|Long[] expected";
            }
            if (message.float8Val != null && Object.hasOwnProperty.call(message, "float8Val"))
                if (!(message.float8Val && typeof message.float8Val.length === "number" || $util.isString(message.float8Val)))
                    return "float8Val: buffer expected";
            return null;
        };

        /**
         * Creates a TensorProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.TensorProto
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.TensorProto} TensorProto
         */
        TensorProto.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.TensorProto)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.TensorProto: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.TensorProto();
            switch (object.dtype) {
            default:
                if (typeof object.dtype === "number") {
                    message.dtype = object.dtype;
                    break;
                }
                break;
            case "DT_INVALID":
            case 0:
                message.dtype = 0;
                break;
            case "DT_FLOAT":
            case 1:
                message.dtype = 1;
                break;
            case "DT_DOUBLE":
            case 2:
                message.dtype = 2;
                break;
            case "DT_INT32":
            case 3:
                message.dtype = 3;
                break;
            case "DT_UINT8":
            case 4:
                message.dtype = 4;
                break;
            case "DT_INT16":
            case 5:
                message.dtype = 5;
                break;
            case "DT_INT8":
            case 6:
                message.dtype = 6;
                break;
            case "DT_STRING":
            case 7:
                message.dtype = 7;
                break;
            case "DT_COMPLEX64":
            case 8:
                message.dtype = 8;
                break;
            case "DT_INT64":
            case 9:
                message.dtype = 9;
                break;
            case "DT_BOOL":
            case 10:
                message.dtype = 10;
                break;
            case "DT_QINT8":
            case 11:
                message.dtype = 11;
                break;
            case "DT_QUINT8":
            case 12:
                message.dtype = 12;
                break;
            case "DT_QINT32":
            case 13:
                message.dtype = 13;
                break;
            case "DT_BFLOAT16":
            case 14:
                message.dtype = 14;
                break;
            case "DT_QINT16":
            case 15:
                message.dtype = 15;
                break;
            case "DT_QUINT16":
            case 16:
                message.dtype = 16;
                break;
            case "DT_UINT16":
            case 17:
                message.dtype = 17;
                break;
            case "DT_COMPLEX128":
            case 18:
                message.dtype = 18;
                break;
            case "DT_HALF":
            case 19:
                message.dtype = 19;
                break;
            case "DT_RESOURCE":
            case 20:
                message.dtype = 20;
                break;
            case "DT_VARIANT":
            case 21:
                message.dtype = 21;
                break;
            case "DT_UINT32":
            case 22:
                message.dtype = 22;
                break;
            case "DT_UINT64":
            case 23:
                message.dtype = 23;
                break;
            }
            if (object.tensorShape != null) {
                if (!$util.isObject(object.tensorShape))
                    throw TypeError(".tensorboard.TensorProto.tensorShape: object expected");
                message.tensorShape = $root.tensorboard.TensorShapeProto.fromObject(object.tensorShape, long + 1);
            }
            if (object.versionNumber != null)
                message.versionNumber = object.versionNumber | 0;
            if (object.tensorContent != null)
                if (typeof object.tensorContent === "string")
                    $util.base64.decode(object.tensorContent, message.tensorContent = $util.newBuffer($util.base64.length(object.tensorContent)), 0);
                else if (object.tensorContent.length >= 0)
                    message.tensorContent = object.tensorContent;
            if (object.halfVal) {
                if (!Array.isArray(object.halfVal))
                    throw TypeError(".tensorboard.TensorProto.halfVal: array expected");
                message.halfVal = [];
                for (let i = 0; i < object.halfVal.length; ++i)
                    message.halfVal[i] = object.halfVal[i] | 0;
            }
            if (object.floatVal) {
                if (!Array.isArray(object.floatVal))
                    throw TypeError(".tensorboard.TensorProto.floatVal: array expected");
                message.floatVal = [];
                for (let i = 0; i < object.floatVal.length; ++i)
                    message.floatVal[i] = Number(object.floatVal[i]);
            }
            if (object.doubleVal) {
                if (!Array.isArray(object.doubleVal))
                    throw TypeError(".tensorboard.TensorProto.doubleVal: array expected");
                message.doubleVal = [];
                for (let i = 0; i < object.doubleVal.length; ++i)
                    message.doubleVal[i] = Number(object.doubleVal[i]);
            }
            if (object.intVal) {
                if (!Array.isArray(object.intVal))
                    throw TypeError(".tensorboard.TensorProto.intVal: array expected");
                message.intVal = [];
                for (let i = 0; i < object.intVal.length; ++i)
                    message.intVal[i] = object.intVal[i] | 0;
            }
            if (object.stringVal) {
                if (!Array.isArray(object.stringVal))
                    throw TypeError(".tensorboard.TensorProto.stringVal: array expected");
                message.stringVal = [];
                for (let i = 0; i < object.stringVal.length; ++i)
                    if (typeof object.stringVal[i] === "string")
                        $util.base64.decode(object.stringVal[i], message.stringVal[i] = $util.newBuffer($util.base64.length(object.stringVal[i])), 0);
                    else if (object.stringVal[i].length >= 0)
                        message.stringVal[i] = object.stringVal[i];
            }
            if (object.scomplexVal) {
                if (!Array.isArray(object.scomplexVal))
                    throw TypeError(".tensorboard.TensorProto.scomplexVal: array expected");
                message.scomplexVal = [];
                for (let i = 0; i < object.scomplexVal.length; ++i)
                    message.scomplexVal[i] = Number(object.scomplexVal[i]);
            }
            if (object.int64Val) {
                if (!Array.isArray(object.int64Val))
                    throw TypeError(".tensorboard.TensorProto.int64Val: array expected");
                message.int64Val = [];
                for (let i = 0; i < object.int64Val.length; ++i)
                    if ($util.Long)
                        message.int64Val[i] = $util.Long.fromValue(object.int64Val[i], false);
                    else if (typeof object.int64Val[i] === "string")
                        message.int64Val[i] = parseInt(object.int64Val[i], 10);
                    else if (typeof object.int64Val[i] === "number")
                        message.int64Val[i] = object.int64Val[i];
                    else if (typeof object.int64Val[i] === "object")
                        message.int64Val[i] = new $util.LongBits(object.int64Val[i].low >>> 0, object.int64Val[i].high >>> 0).toNumber();
            }
            if (object.boolVal) {
                if (!Array.isArray(object.boolVal))
                    throw TypeError(".tensorboard.TensorProto.boolVal: array expected");
                message.boolVal = [];
                for (let i = 0; i < object.boolVal.length; ++i)
                    message.boolVal[i] = Boolean(object.boolVal[i]);
            }
            if (object.dcomplexVal) {
                if (!Array.isArray(object.dcomplexVal))
                    throw TypeError(".tensorboard.TensorProto.dcomplexVal: array expected");
                message.dcomplexVal = [];
                for (let i = 0; i < object.dcomplexVal.length; ++i)
                    message.dcomplexVal[i] = Number(object.dcomplexVal[i]);
            }
            if (object.uint32Val) {
                if (!Array.isArray(object.uint32Val))
                    throw TypeError(".tensorboard.TensorProto.uint32Val: array expected");
                message.uint32Val = [];
                for (let i = 0; i < object.uint32Val.length; ++i)
                    message.uint32Val[i] = object.uint32Val[i] >>> 0;
            }
            if (object.uint64Val) {
                if (!Array.isArray(object.uint64Val))
                    throw TypeError(".tensorboard.TensorProto.uint64Val: array expected");
                message.uint64Val = [];
                for (let i = 0; i < object.uint64Val.length; ++i)
                    if ($util.Long)
                        message.uint64Val[i] = $util.Long.fromValue(object.uint64Val[i], true);
                    else if (typeof object.uint64Val[i] === "string")
                        message.uint64Val[i] = parseInt(object.uint64Val[i], 10);
                    else if (typeof object.uint64Val[i] === "number")
                        message.uint64Val[i] = object.uint64Val[i];
                    else if (typeof object.uint64Val[i] === "object")
                        message.uint64Val[i] = new $util.LongBits(object.uint64Val[i].low >>> 0, object.uint64Val[i].high >>> 0).toNumber(true);
            }
            if (object.float8Val != null)
                if (typeof object.float8Val === "string")
                    $util.base64.decode(object.float8Val, message.float8Val = $util.newBuffer($util.base64.length(object.float8Val)), 0);
                else if (object.float8Val.length >= 0)
                    message.float8Val = object.float8Val;
            return message;
        };

        /**
         * Creates a plain object from a TensorProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.TensorProto
         * @static
         * @param {tensorboard.TensorProto} message TensorProto
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorProto.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.floatVal = [];
                object.doubleVal = [];
                object.intVal = [];
                object.stringVal = [];
                object.scomplexVal = [];
                object.int64Val = [];
                object.boolVal = [];
                object.dcomplexVal = [];
                object.halfVal = [];
                object.uint32Val = [];
                object.uint64Val = [];
            }
            if (options.defaults) {
                object.dtype = options.enums === String ? "DT_INVALID" : 0;
                object.tensorShape = null;
                object.versionNumber = 0;
                if (options.bytes === String)
                    object.tensorContent = "";
                else {
                    object.tensorContent = [];
                    if (options.bytes !== Array)
                        object.tensorContent = $util.newBuffer(object.tensorContent);
                }
                if (options.bytes === String)
                    object.float8Val = "";
                else {
                    object.float8Val = [];
                    if (options.bytes !== Array)
                        object.float8Val = $util.newBuffer(object.float8Val);
                }
            }
            if (message.dtype != null && Object.hasOwnProperty.call(message, "dtype"))
                object.dtype = options.enums === String ? $root.tensorboard.DataType[message.dtype] === undefined ? message.dtype : $root.tensorboard.DataType[message.dtype] : message.dtype;
            if (message.tensorShape != null && Object.hasOwnProperty.call(message, "tensorShape"))
                object.tensorShape = $root.tensorboard.TensorShapeProto.toObject(message.tensorShape, options, q + 1);
            if (message.versionNumber != null && Object.hasOwnProperty.call(message, "versionNumber"))
                object.versionNumber = message.versionNumber;
            if (message.tensorContent != null && Object.hasOwnProperty.call(message, "tensorContent"))
                object.tensorContent = options.bytes === String ? $util.base64.encode(message.tensorContent, 0, message.tensorContent.length) : options.bytes === Array ? Array.prototype.slice.call(message.tensorContent) : message.tensorContent;
            if (message.floatVal && message.floatVal.length) {
                object.floatVal = [];
                for (let j = 0; j < message.floatVal.length; ++j)
                    object.floatVal[j] = options.json && !isFinite(message.floatVal[j]) ? String(message.floatVal[j]) : message.floatVal[j];
            }
            if (message.doubleVal && message.doubleVal.length) {
                object.doubleVal = [];
                for (let j = 0; j < message.doubleVal.length; ++j)
                    object.doubleVal[j] = options.json && !isFinite(message.doubleVal[j]) ? String(message.doubleVal[j]) : message.doubleVal[j];
            }
            if (message.intVal && message.intVal.length) {
                object.intVal = [];
                for (let j = 0; j < message.intVal.length; ++j)
                    object.intVal[j] = message.intVal[j];
            }
            if (message.stringVal && message.stringVal.length) {
                object.stringVal = [];
                for (let j = 0; j < message.stringVal.length; ++j)
                    object.stringVal[j] = options.bytes === String ? $util.base64.encode(message.stringVal[j], 0, message.stringVal[j].length) : options.bytes === Array ? Array.prototype.slice.call(message.stringVal[j]) : message.stringVal[j];
            }
            if (message.scomplexVal && message.scomplexVal.length) {
                object.scomplexVal = [];
                for (let j = 0; j < message.scomplexVal.length; ++j)
                    object.scomplexVal[j] = options.json && !isFinite(message.scomplexVal[j]) ? String(message.scomplexVal[j]) : message.scomplexVal[j];
            }
            if (message.int64Val && message.int64Val.length) {
                object.int64Val = [];
                for (let j = 0; j < message.int64Val.length; ++j)
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.int64Val[j] = typeof message.int64Val[j] === "number" ? BigInt(message.int64Val[j]) : $util.Long.fromBits(message.int64Val[j].low >>> 0, message.int64Val[j].high >>> 0, false).toBigInt();
                    else if (typeof message.int64Val[j] === "number")
                        object.int64Val[j] = options.longs === String ? String(message.int64Val[j]) : message.int64Val[j];
                    else
                        object.int64Val[j] = options.longs === String ? $util.Long.prototype.toString.call(message.int64Val[j]) : options.longs === Number ? new $util.LongBits(message.int64Val[j].low >>> 0, message.int64Val[j].high >>> 0).toNumber() : message.int64Val[j];
            }
            if (message.boolVal && message.boolVal.length) {
                object.boolVal = [];
                for (let j = 0; j < message.boolVal.length; ++j)
                    object.boolVal[j] = message.boolVal[j];
            }
            if (message.dcomplexVal && message.dcomplexVal.length) {
                object.dcomplexVal = [];
                for (let j = 0; j < message.dcomplexVal.length; ++j)
                    object.dcomplexVal[j] = options.json && !isFinite(message.dcomplexVal[j]) ? String(message.dcomplexVal[j]) : message.dcomplexVal[j];
            }
            if (message.halfVal && message.halfVal.length) {
                object.halfVal = [];
                for (let j = 0; j < message.halfVal.length; ++j)
                    object.halfVal[j] = message.halfVal[j];
            }
            if (message.uint32Val && message.uint32Val.length) {
                object.uint32Val = [];
                for (let j = 0; j < message.uint32Val.length; ++j)
                    object.uint32Val[j] = message.uint32Val[j];
            }
            if (message.uint64Val && message.uint64Val.length) {
                object.uint64Val = [];
                for (let j = 0; j < message.uint64Val.length; ++j)
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.uint64Val[j] = typeof message.uint64Val[j] === "number" ? BigInt(message.uint64Val[j]) : $util.Long.fromBits(message.uint64Val[j].low >>> 0, message.uint64Val[j].high >>> 0, true).toBigInt();
                    else if (typeof message.uint64Val[j] === "number")
                        object.uint64Val[j] = options.longs === String ? String(message.uint64Val[j]) : message.uint64Val[j];
                    else
                        object.uint64Val[j] = options.longs === String ? $util.Long.prototype.toString.call(message.uint64Val[j]) : options.longs === Number ? new $util.LongBits(message.uint64Val[j].low >>> 0, message.uint64Val[j].high >>> 0).toNumber(true) : message.uint64Val[j];
            }
            if (message.float8Val != null && Object.hasOwnProperty.call(message, "float8Val"))
                object.float8Val = options.bytes === String ? $util.base64.encode(message.float8Val, 0, message.float8Val.length) : options.bytes === Array ? Array.prototype.slice.call(message.float8Val) : message.float8Val;
            return object;
        };

        /**
         * Converts this TensorProto to JSON.
         * @function toJSON
         * @memberof tensorboard.TensorProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TensorProto.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for TensorProto
         * @function getTypeUrl
         * @memberof tensorboard.TensorProto
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        TensorProto.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.TensorProto";
        };

        return TensorProto;
    })();

    tensorboard.TensorShapeProto = (function() {

        /**
         * Properties of a TensorShapeProto.
         * @memberof tensorboard
         * @interface ITensorShapeProto
         * @property {Array.<tensorboard.TensorShapeProto.IDim>|null} [dim] TensorShapeProto dim
         * @property {boolean|null} [unknownRank] TensorShapeProto unknownRank
         */

        /**
         * Constructs a new TensorShapeProto.
         * @memberof tensorboard
         * @classdesc Represents a TensorShapeProto.
         * @implements ITensorShapeProto
         * @constructor
         * @param {tensorboard.ITensorShapeProto=} [properties] Properties to set
         */
        function TensorShapeProto(properties) {
            this.dim = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * TensorShapeProto dim.
         * @member {Array.<tensorboard.TensorShapeProto.IDim>} dim
         * @memberof tensorboard.TensorShapeProto
         * @instance
         */
        TensorShapeProto.prototype.dim = $util.emptyArray;

        /**
         * TensorShapeProto unknownRank.
         * @member {boolean} unknownRank
         * @memberof tensorboard.TensorShapeProto
         * @instance
         */
        TensorShapeProto.prototype.unknownRank = false;

        /**
         * Creates a new TensorShapeProto instance using the specified properties.
         * @function create
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {tensorboard.ITensorShapeProto=} [properties] Properties to set
         * @returns {tensorboard.TensorShapeProto} TensorShapeProto instance
         */
        TensorShapeProto.create = function create(properties) {
            return new TensorShapeProto(properties);
        };

        /**
         * Encodes the specified TensorShapeProto message. Does not implicitly {@link tensorboard.TensorShapeProto.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {tensorboard.ITensorShapeProto} message TensorShapeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorShapeProto.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.dim != null && message.dim.length)
                for (let i = 0; i < message.dim.length; ++i)
                    $root.tensorboard.TensorShapeProto.Dim.encode(message.dim[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.unknownRank != null && Object.hasOwnProperty.call(message, "unknownRank"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.unknownRank);
            return writer;
        };

        /**
         * Decodes a TensorShapeProto message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.TensorShapeProto} TensorShapeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorShapeProto.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.TensorShapeProto();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 2: {
                        if (!(message.dim && message.dim.length))
                            message.dim = [];
                        message.dim.push($root.tensorboard.TensorShapeProto.Dim.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 3: {
                        message.unknownRank = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a TensorShapeProto message.
         * @function verify
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorShapeProto.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.dim != null && Object.hasOwnProperty.call(message, "dim")) {
                if (!Array.isArray(message.dim))
                    return "dim: array expected";
                for (let i = 0; i < message.dim.length; ++i) {
                    let error = $root.tensorboard.TensorShapeProto.Dim.verify(message.dim[i], long + 1);
                    if (error)
                        return "dim." + error;
                }
            }
            if (message.unknownRank != null && Object.hasOwnProperty.call(message, "unknownRank"))
                if (typeof message.unknownRank !== "boolean")
                    return "unknownRank: boolean expected";
            return null;
        };

        /**
         * Creates a TensorShapeProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.TensorShapeProto} TensorShapeProto
         */
        TensorShapeProto.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.TensorShapeProto)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.TensorShapeProto: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.TensorShapeProto();
            if (object.dim) {
                if (!Array.isArray(object.dim))
                    throw TypeError(".tensorboard.TensorShapeProto.dim: array expected");
                message.dim = [];
                for (let i = 0; i < object.dim.length; ++i) {
                    if (!$util.isObject(object.dim[i]))
                        throw TypeError(".tensorboard.TensorShapeProto.dim: object expected");
                    message.dim[i] = $root.tensorboard.TensorShapeProto.Dim.fromObject(object.dim[i], long + 1);
                }
            }
            if (object.unknownRank != null)
                message.unknownRank = Boolean(object.unknownRank);
            return message;
        };

        /**
         * Creates a plain object from a TensorShapeProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {tensorboard.TensorShapeProto} message TensorShapeProto
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorShapeProto.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.dim = [];
            if (options.defaults)
                object.unknownRank = false;
            if (message.dim && message.dim.length) {
                object.dim = [];
                for (let j = 0; j < message.dim.length; ++j)
                    object.dim[j] = $root.tensorboard.TensorShapeProto.Dim.toObject(message.dim[j], options, q + 1);
            }
            if (message.unknownRank != null && Object.hasOwnProperty.call(message, "unknownRank"))
                object.unknownRank = message.unknownRank;
            return object;
        };

        /**
         * Converts this TensorShapeProto to JSON.
         * @function toJSON
         * @memberof tensorboard.TensorShapeProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TensorShapeProto.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for TensorShapeProto
         * @function getTypeUrl
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        TensorShapeProto.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.TensorShapeProto";
        };

        TensorShapeProto.Dim = (function() {

            /**
             * Properties of a Dim.
             * @memberof tensorboard.TensorShapeProto
             * @interface IDim
             * @property {number|null} [size] Dim size
             * @property {string|null} [name] Dim name
             */

            /**
             * Constructs a new Dim.
             * @memberof tensorboard.TensorShapeProto
             * @classdesc Represents a Dim.
             * @implements IDim
             * @constructor
             * @param {tensorboard.TensorShapeProto.IDim=} [properties] Properties to set
             */
            function Dim(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Dim size.
             * @member {number} size
             * @memberof tensorboard.TensorShapeProto.Dim
             * @instance
             */
            Dim.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Dim name.
             * @member {string} name
             * @memberof tensorboard.TensorShapeProto.Dim
             * @instance
             */
            Dim.prototype.name = "";

            /**
             * Creates a new Dim instance using the specified properties.
             * @function create
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {tensorboard.TensorShapeProto.IDim=} [properties] Properties to set
             * @returns {tensorboard.TensorShapeProto.Dim} Dim instance
             */
            Dim.create = function create(properties) {
                return new Dim(properties);
            };

            /**
             * Encodes the specified Dim message. Does not implicitly {@link tensorboard.TensorShapeProto.Dim.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {tensorboard.TensorShapeProto.IDim} message Dim message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Dim.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.size != null && Object.hasOwnProperty.call(message, "size"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.size);
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                return writer;
            };

            /**
             * Decodes a Dim message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.TensorShapeProto.Dim} Dim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Dim.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.TensorShapeProto.Dim();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.size = reader.int64();
                            break;
                        }
                    case 2: {
                            message.name = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Dim message.
             * @function verify
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Dim.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.size != null && Object.hasOwnProperty.call(message, "size"))
                    if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                        return "size: integer|Long expected";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                return null;
            };

            /**
             * Creates a Dim message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.TensorShapeProto.Dim} Dim
             */
            Dim.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.TensorShapeProto.Dim)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.TensorShapeProto.Dim: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.TensorShapeProto.Dim();
                if (object.size != null)
                    if ($util.Long)
                        message.size = $util.Long.fromValue(object.size, false);
                    else if (typeof object.size === "string")
                        message.size = parseInt(object.size, 10);
                    else if (typeof object.size === "number")
                        message.size = object.size;
                    else if (typeof object.size === "object")
                        message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber();
                if (object.name != null)
                    message.name = String(object.name);
                return message;
            };

            /**
             * Creates a plain object from a Dim message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {tensorboard.TensorShapeProto.Dim} message Dim
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Dim.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.size = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.name = "";
                }
                if (message.size != null && Object.hasOwnProperty.call(message, "size"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.size = typeof message.size === "number" ? BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, false).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === String ? String(message.size) : message.size;
                    else
                        object.size = options.longs === String ? $util.Long.prototype.toString.call(message.size) : options.longs === Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber() : message.size;
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            /**
             * Converts this Dim to JSON.
             * @function toJSON
             * @memberof tensorboard.TensorShapeProto.Dim
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Dim.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Dim
             * @function getTypeUrl
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Dim.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.TensorShapeProto.Dim";
            };

            return Dim;
        })();

        return TensorShapeProto;
    })();

    /**
     * DataType enum.
     * @name tensorboard.DataType
     * @enum {number}
     * @property {number} DT_INVALID=0 DT_INVALID value
     * @property {number} DT_FLOAT=1 DT_FLOAT value
     * @property {number} DT_DOUBLE=2 DT_DOUBLE value
     * @property {number} DT_INT32=3 DT_INT32 value
     * @property {number} DT_UINT8=4 DT_UINT8 value
     * @property {number} DT_INT16=5 DT_INT16 value
     * @property {number} DT_INT8=6 DT_INT8 value
     * @property {number} DT_STRING=7 DT_STRING value
     * @property {number} DT_COMPLEX64=8 DT_COMPLEX64 value
     * @property {number} DT_INT64=9 DT_INT64 value
     * @property {number} DT_BOOL=10 DT_BOOL value
     * @property {number} DT_QINT8=11 DT_QINT8 value
     * @property {number} DT_QUINT8=12 DT_QUINT8 value
     * @property {number} DT_QINT32=13 DT_QINT32 value
     * @property {number} DT_BFLOAT16=14 DT_BFLOAT16 value
     * @property {number} DT_QINT16=15 DT_QINT16 value
     * @property {number} DT_QUINT16=16 DT_QUINT16 value
     * @property {number} DT_UINT16=17 DT_UINT16 value
     * @property {number} DT_COMPLEX128=18 DT_COMPLEX128 value
     * @property {number} DT_HALF=19 DT_HALF value
     * @property {number} DT_RESOURCE=20 DT_RESOURCE value
     * @property {number} DT_VARIANT=21 DT_VARIANT value
     * @property {number} DT_UINT32=22 DT_UINT32 value
     * @property {number} DT_UINT64=23 DT_UINT64 value
     */
    tensorboard.DataType = (function() {
        const valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "DT_INVALID"] = 0;
        values[valuesById[1] = "DT_FLOAT"] = 1;
        values[valuesById[2] = "DT_DOUBLE"] = 2;
        values[valuesById[3] = "DT_INT32"] = 3;
        values[valuesById[4] = "DT_UINT8"] = 4;
        values[valuesById[5] = "DT_INT16"] = 5;
        values[valuesById[6] = "DT_INT8"] = 6;
        values[valuesById[7] = "DT_STRING"] = 7;
        values[valuesById[8] = "DT_COMPLEX64"] = 8;
        values[valuesById[9] = "DT_INT64"] = 9;
        values[valuesById[10] = "DT_BOOL"] = 10;
        values[valuesById[11] = "DT_QINT8"] = 11;
        values[valuesById[12] = "DT_QUINT8"] = 12;
        values[valuesById[13] = "DT_QINT32"] = 13;
        values[valuesById[14] = "DT_BFLOAT16"] = 14;
        values[valuesById[15] = "DT_QINT16"] = 15;
        values[valuesById[16] = "DT_QUINT16"] = 16;
        values[valuesById[17] = "DT_UINT16"] = 17;
        values[valuesById[18] = "DT_COMPLEX128"] = 18;
        values[valuesById[19] = "DT_HALF"] = 19;
        values[valuesById[20] = "DT_RESOURCE"] = 20;
        values[valuesById[21] = "DT_VARIANT"] = 21;
        values[valuesById[22] = "DT_UINT32"] = 22;
        values[valuesById[23] = "DT_UINT64"] = 23;
        return values;
    })();

    tensorboard.GraphDef = (function() {

        /**
         * Properties of a GraphDef.
         * @memberof tensorboard
         * @interface IGraphDef
         * @property {Array.<tensorboard.INodeDef>|null} [node] GraphDef node
         * @property {tensorboard.IVersionDef|null} [versions] GraphDef versions
         * @property {number|null} [version] GraphDef version
         */

        /**
         * Constructs a new GraphDef.
         * @memberof tensorboard
         * @classdesc Represents a GraphDef.
         * @implements IGraphDef
         * @constructor
         * @param {tensorboard.IGraphDef=} [properties] Properties to set
         */
        function GraphDef(properties) {
            this.node = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * GraphDef node.
         * @member {Array.<tensorboard.INodeDef>} node
         * @memberof tensorboard.GraphDef
         * @instance
         */
        GraphDef.prototype.node = $util.emptyArray;

        /**
         * GraphDef versions.
         * @member {tensorboard.IVersionDef|null|undefined} versions
         * @memberof tensorboard.GraphDef
         * @instance
         */
        GraphDef.prototype.versions = null;

        /**
         * GraphDef version.
         * @member {number} version
         * @memberof tensorboard.GraphDef
         * @instance
         */
        GraphDef.prototype.version = 0;

        /**
         * Creates a new GraphDef instance using the specified properties.
         * @function create
         * @memberof tensorboard.GraphDef
         * @static
         * @param {tensorboard.IGraphDef=} [properties] Properties to set
         * @returns {tensorboard.GraphDef} GraphDef instance
         */
        GraphDef.create = function create(properties) {
            return new GraphDef(properties);
        };

        /**
         * Encodes the specified GraphDef message. Does not implicitly {@link tensorboard.GraphDef.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.GraphDef
         * @static
         * @param {tensorboard.IGraphDef} message GraphDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GraphDef.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.node != null && message.node.length)
                for (let i = 0; i < message.node.length; ++i)
                    $root.tensorboard.NodeDef.encode(message.node[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.version);
            if (message.versions != null && Object.hasOwnProperty.call(message, "versions"))
                $root.tensorboard.VersionDef.encode(message.versions, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a GraphDef message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.GraphDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.GraphDef} GraphDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GraphDef.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.GraphDef();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.node && message.node.length))
                            message.node = [];
                        message.node.push($root.tensorboard.NodeDef.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 4: {
                        message.versions = $root.tensorboard.VersionDef.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 3: {
                        message.version = reader.int32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a GraphDef message.
         * @function verify
         * @memberof tensorboard.GraphDef
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        GraphDef.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.node != null && Object.hasOwnProperty.call(message, "node")) {
                if (!Array.isArray(message.node))
                    return "node: array expected";
                for (let i = 0; i < message.node.length; ++i) {
                    let error = $root.tensorboard.NodeDef.verify(message.node[i], long + 1);
                    if (error)
                        return "node." + error;
                }
            }
            if (message.versions != null && Object.hasOwnProperty.call(message, "versions")) {
                let error = $root.tensorboard.VersionDef.verify(message.versions, long + 1);
                if (error)
                    return "versions." + error;
            }
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            return null;
        };

        /**
         * Creates a GraphDef message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.GraphDef
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.GraphDef} GraphDef
         */
        GraphDef.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.GraphDef)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.GraphDef: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.GraphDef();
            if (object.node) {
                if (!Array.isArray(object.node))
                    throw TypeError(".tensorboard.GraphDef.node: array expected");
                message.node = [];
                for (let i = 0; i < object.node.length; ++i) {
                    if (!$util.isObject(object.node[i]))
                        throw TypeError(".tensorboard.GraphDef.node: object expected");
                    message.node[i] = $root.tensorboard.NodeDef.fromObject(object.node[i], long + 1);
                }
            }
            if (object.versions != null) {
                if (!$util.isObject(object.versions))
                    throw TypeError(".tensorboard.GraphDef.versions: object expected");
                message.versions = $root.tensorboard.VersionDef.fromObject(object.versions, long + 1);
            }
            if (object.version != null)
                message.version = object.version | 0;
            return message;
        };

        /**
         * Creates a plain object from a GraphDef message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.GraphDef
         * @static
         * @param {tensorboard.GraphDef} message GraphDef
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GraphDef.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.node = [];
            if (options.defaults) {
                object.version = 0;
                object.versions = null;
            }
            if (message.node && message.node.length) {
                object.node = [];
                for (let j = 0; j < message.node.length; ++j)
                    object.node[j] = $root.tensorboard.NodeDef.toObject(message.node[j], options, q + 1);
            }
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.versions != null && Object.hasOwnProperty.call(message, "versions"))
                object.versions = $root.tensorboard.VersionDef.toObject(message.versions, options, q + 1);
            return object;
        };

        /**
         * Converts this GraphDef to JSON.
         * @function toJSON
         * @memberof tensorboard.GraphDef
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GraphDef.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for GraphDef
         * @function getTypeUrl
         * @memberof tensorboard.GraphDef
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        GraphDef.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.GraphDef";
        };

        return GraphDef;
    })();

    tensorboard.NodeDef = (function() {

        /**
         * Properties of a NodeDef.
         * @memberof tensorboard
         * @interface INodeDef
         * @property {string|null} [name] NodeDef name
         * @property {string|null} [op] NodeDef op
         * @property {Array.<string>|null} [input] NodeDef input
         * @property {string|null} [device] NodeDef device
         * @property {Object.<string,tensorboard.IAttrValue>|null} [attr] NodeDef attr
         */

        /**
         * Constructs a new NodeDef.
         * @memberof tensorboard
         * @classdesc Represents a NodeDef.
         * @implements INodeDef
         * @constructor
         * @param {tensorboard.INodeDef=} [properties] Properties to set
         */
        function NodeDef(properties) {
            this.input = [];
            this.attr = {};
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * NodeDef name.
         * @member {string} name
         * @memberof tensorboard.NodeDef
         * @instance
         */
        NodeDef.prototype.name = "";

        /**
         * NodeDef op.
         * @member {string} op
         * @memberof tensorboard.NodeDef
         * @instance
         */
        NodeDef.prototype.op = "";

        /**
         * NodeDef input.
         * @member {Array.<string>} input
         * @memberof tensorboard.NodeDef
         * @instance
         */
        NodeDef.prototype.input = $util.emptyArray;

        /**
         * NodeDef device.
         * @member {string} device
         * @memberof tensorboard.NodeDef
         * @instance
         */
        NodeDef.prototype.device = "";

        /**
         * NodeDef attr.
         * @member {Object.<string,tensorboard.IAttrValue>} attr
         * @memberof tensorboard.NodeDef
         * @instance
         */
        NodeDef.prototype.attr = $util.emptyObject;

        /**
         * Creates a new NodeDef instance using the specified properties.
         * @function create
         * @memberof tensorboard.NodeDef
         * @static
         * @param {tensorboard.INodeDef=} [properties] Properties to set
         * @returns {tensorboard.NodeDef} NodeDef instance
         */
        NodeDef.create = function create(properties) {
            return new NodeDef(properties);
        };

        /**
         * Encodes the specified NodeDef message. Does not implicitly {@link tensorboard.NodeDef.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.NodeDef
         * @static
         * @param {tensorboard.INodeDef} message NodeDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeDef.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.op != null && Object.hasOwnProperty.call(message, "op"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.op);
            if (message.input != null && message.input.length)
                for (let i = 0; i < message.input.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.input[i]);
            if (message.device != null && Object.hasOwnProperty.call(message, "device"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.device);
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                for (let keys = Object.keys(message.attr), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                    $root.tensorboard.AttrValue.encode(message.attr[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim().ldelim();
                }
            return writer;
        };

        /**
         * Decodes a NodeDef message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.NodeDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.NodeDef} NodeDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeDef.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message, key, value;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.NodeDef();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.op = reader.string();
                        break;
                    }
                case 3: {
                        if (!(message.input && message.input.length))
                            message.input = [];
                        message.input.push(reader.string());
                        break;
                    }
                case 4: {
                        message.device = reader.string();
                        break;
                    }
                case 5: {
                        if (message.attr === $util.emptyObject)
                            message.attr = {};
                        let end2 = reader.uint32() + reader.pos;
                        if (end2 > reader.len)
                            throw RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.uint32();
                            switch (tag2 >>> 3) {
                            case 1:
                                key = reader.string();
                                break;
                            case 2:
                                value = $root.tensorboard.AttrValue.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            default:
                                reader.skipType(tag2 & 7, long);
                                break;
                            }
                        }
                        if (reader.pos !== end2)
                            throw RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.attr, key);
                        message.attr[key] = value;
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a NodeDef message.
         * @function verify
         * @memberof tensorboard.NodeDef
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NodeDef.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.op != null && Object.hasOwnProperty.call(message, "op"))
                if (!$util.isString(message.op))
                    return "op: string expected";
            if (message.input != null && Object.hasOwnProperty.call(message, "input")) {
                if (!Array.isArray(message.input))
                    return "input: array expected";
                for (let i = 0; i < message.input.length; ++i)
                    if (!$util.isString(message.input[i]))
                        return "input: string[] expected";
            }
            if (message.device != null && Object.hasOwnProperty.call(message, "device"))
                if (!$util.isString(message.device))
                    return "device: string expected";
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr")) {
                if (!$util.isObject(message.attr))
                    return "attr: object expected";
                let key = Object.keys(message.attr);
                for (let i = 0; i < key.length; ++i) {
                    let error = $root.tensorboard.AttrValue.verify(message.attr[key[i]], long + 1);
                    if (error)
                        return "attr." + error;
                }
            }
            return null;
        };

        /**
         * Creates a NodeDef message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.NodeDef
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.NodeDef} NodeDef
         */
        NodeDef.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.NodeDef)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.NodeDef: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.NodeDef();
            if (object.name != null)
                message.name = String(object.name);
            if (object.op != null)
                message.op = String(object.op);
            if (object.input) {
                if (!Array.isArray(object.input))
                    throw TypeError(".tensorboard.NodeDef.input: array expected");
                message.input = [];
                for (let i = 0; i < object.input.length; ++i)
                    message.input[i] = String(object.input[i]);
            }
            if (object.device != null)
                message.device = String(object.device);
            if (object.attr) {
                if (!$util.isObject(object.attr))
                    throw TypeError(".tensorboard.NodeDef.attr: object expected");
                message.attr = {};
                for (let keys = Object.keys(object.attr), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.attr, keys[i]);
                    if (!$util.isObject(object.attr[keys[i]]))
                        throw TypeError(".tensorboard.NodeDef.attr: object expected");
                    message.attr[keys[i]] = $root.tensorboard.AttrValue.fromObject(object.attr[keys[i]], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a NodeDef message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.NodeDef
         * @static
         * @param {tensorboard.NodeDef} message NodeDef
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NodeDef.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.input = [];
            if (options.objects || options.defaults)
                object.attr = {};
            if (options.defaults) {
                object.name = "";
                object.op = "";
                object.device = "";
            }
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.op != null && Object.hasOwnProperty.call(message, "op"))
                object.op = message.op;
            if (message.input && message.input.length) {
                object.input = [];
                for (let j = 0; j < message.input.length; ++j)
                    object.input[j] = message.input[j];
            }
            if (message.device != null && Object.hasOwnProperty.call(message, "device"))
                object.device = message.device;
            let keys2;
            if (message.attr && (keys2 = Object.keys(message.attr)).length) {
                object.attr = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.attr, keys2[j]);
                    object.attr[keys2[j]] = $root.tensorboard.AttrValue.toObject(message.attr[keys2[j]], options, q + 1);
                }
            }
            return object;
        };

        /**
         * Converts this NodeDef to JSON.
         * @function toJSON
         * @memberof tensorboard.NodeDef
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NodeDef.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for NodeDef
         * @function getTypeUrl
         * @memberof tensorboard.NodeDef
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        NodeDef.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.NodeDef";
        };

        return NodeDef;
    })();

    tensorboard.VersionDef = (function() {

        /**
         * Properties of a VersionDef.
         * @memberof tensorboard
         * @interface IVersionDef
         * @property {number|null} [producer] VersionDef producer
         * @property {number|null} [minConsumer] VersionDef minConsumer
         * @property {Array.<number>|null} [badConsumers] VersionDef badConsumers
         */

        /**
         * Constructs a new VersionDef.
         * @memberof tensorboard
         * @classdesc Represents a VersionDef.
         * @implements IVersionDef
         * @constructor
         * @param {tensorboard.IVersionDef=} [properties] Properties to set
         */
        function VersionDef(properties) {
            this.badConsumers = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * VersionDef producer.
         * @member {number} producer
         * @memberof tensorboard.VersionDef
         * @instance
         */
        VersionDef.prototype.producer = 0;

        /**
         * VersionDef minConsumer.
         * @member {number} minConsumer
         * @memberof tensorboard.VersionDef
         * @instance
         */
        VersionDef.prototype.minConsumer = 0;

        /**
         * VersionDef badConsumers.
         * @member {Array.<number>} badConsumers
         * @memberof tensorboard.VersionDef
         * @instance
         */
        VersionDef.prototype.badConsumers = $util.emptyArray;

        /**
         * Creates a new VersionDef instance using the specified properties.
         * @function create
         * @memberof tensorboard.VersionDef
         * @static
         * @param {tensorboard.IVersionDef=} [properties] Properties to set
         * @returns {tensorboard.VersionDef} VersionDef instance
         */
        VersionDef.create = function create(properties) {
            return new VersionDef(properties);
        };

        /**
         * Encodes the specified VersionDef message. Does not implicitly {@link tensorboard.VersionDef.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.VersionDef
         * @static
         * @param {tensorboard.IVersionDef} message VersionDef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        VersionDef.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.producer != null && Object.hasOwnProperty.call(message, "producer"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.producer);
            if (message.minConsumer != null && Object.hasOwnProperty.call(message, "minConsumer"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.minConsumer);
            if (message.badConsumers != null && message.badConsumers.length) {
                writer.uint32(/* id 3, wireType 2 =*/26).fork();
                for (let i = 0; i < message.badConsumers.length; ++i)
                    writer.int32(message.badConsumers[i]);
                writer.ldelim();
            }
            return writer;
        };

        /**
         * Decodes a VersionDef message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.VersionDef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.VersionDef} VersionDef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        VersionDef.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.VersionDef();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.producer = reader.int32();
                        break;
                    }
                case 2: {
                        message.minConsumer = reader.int32();
                        break;
                    }
                case 3: {
                        if (!(message.badConsumers && message.badConsumers.length))
                            message.badConsumers = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.badConsumers.push(reader.int32());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.badConsumers.push(reader.int32());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a VersionDef message.
         * @function verify
         * @memberof tensorboard.VersionDef
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        VersionDef.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.producer != null && Object.hasOwnProperty.call(message, "producer"))
                if (!$util.isInteger(message.producer))
                    return "producer: integer expected";
            if (message.minConsumer != null && Object.hasOwnProperty.call(message, "minConsumer"))
                if (!$util.isInteger(message.minConsumer))
                    return "minConsumer: integer expected";
            if (message.badConsumers != null && Object.hasOwnProperty.call(message, "badConsumers")) {
                if (!Array.isArray(message.badConsumers))
                    return "badConsumers: array expected";
                for (let i = 0; i < message.badConsumers.length; ++i)
                    if (!$util.isInteger(message.badConsumers[i]))
                        return "badConsumers: integer[] expected";
            }
            return null;
        };

        /**
         * Creates a VersionDef message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.VersionDef
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.VersionDef} VersionDef
         */
        VersionDef.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.VersionDef)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.VersionDef: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.VersionDef();
            if (object.producer != null)
                message.producer = object.producer | 0;
            if (object.minConsumer != null)
                message.minConsumer = object.minConsumer | 0;
            if (object.badConsumers) {
                if (!Array.isArray(object.badConsumers))
                    throw TypeError(".tensorboard.VersionDef.badConsumers: array expected");
                message.badConsumers = [];
                for (let i = 0; i < object.badConsumers.length; ++i)
                    message.badConsumers[i] = object.badConsumers[i] | 0;
            }
            return message;
        };

        /**
         * Creates a plain object from a VersionDef message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.VersionDef
         * @static
         * @param {tensorboard.VersionDef} message VersionDef
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        VersionDef.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.badConsumers = [];
            if (options.defaults) {
                object.producer = 0;
                object.minConsumer = 0;
            }
            if (message.producer != null && Object.hasOwnProperty.call(message, "producer"))
                object.producer = message.producer;
            if (message.minConsumer != null && Object.hasOwnProperty.call(message, "minConsumer"))
                object.minConsumer = message.minConsumer;
            if (message.badConsumers && message.badConsumers.length) {
                object.badConsumers = [];
                for (let j = 0; j < message.badConsumers.length; ++j)
                    object.badConsumers[j] = message.badConsumers[j];
            }
            return object;
        };

        /**
         * Converts this VersionDef to JSON.
         * @function toJSON
         * @memberof tensorboard.VersionDef
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        VersionDef.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for VersionDef
         * @function getTypeUrl
         * @memberof tensorboard.VersionDef
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        VersionDef.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.VersionDef";
        };

        return VersionDef;
    })();

    tensorboard.AttrValue = (function() {

        /**
         * Properties of an AttrValue.
         * @memberof tensorboard
         * @interface IAttrValue
         * @property {Uint8Array|null} [s] AttrValue s
         * @property {number|null} [i] AttrValue i
         * @property {number|null} [f] AttrValue f
         * @property {boolean|null} [b] AttrValue b
         * @property {tensorboard.DataType|null} [type] AttrValue type
         * @property {tensorboard.ITensorShapeProto|null} [shape] AttrValue shape
         * @property {tensorboard.ITensorProto|null} [tensor] AttrValue tensor
         * @property {tensorboard.AttrValue.IListValue|null} [list] AttrValue list
         * @property {tensorboard.INameAttrList|null} [func] AttrValue func
         * @property {string|null} [placeholder] AttrValue placeholder
         */

        /**
         * Constructs a new AttrValue.
         * @memberof tensorboard
         * @classdesc Represents an AttrValue.
         * @implements IAttrValue
         * @constructor
         * @param {tensorboard.IAttrValue=} [properties] Properties to set
         */
        function AttrValue(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AttrValue s.
         * @member {Uint8Array|null|undefined} s
         * @memberof tensorboard.AttrValue
         * @instance
         */
        AttrValue.prototype.s = null;

        /**
         * AttrValue i.
         * @member {number|null|undefined} i
         * @memberof tensorboard.AttrValue
         * @instance
         */
        AttrValue.prototype.i = null;

        /**
         * AttrValue f.
         * @member {number|null|undefined} f
         * @memberof tensorboard.AttrValue
         * @instance
         */
        AttrValue.prototype.f = null;

        /**
         * AttrValue b.
         * @member {boolean|null|undefined} b
         * @memberof tensorboard.AttrValue
         * @instance
         */
        AttrValue.prototype.b = null;

        /**
         * AttrValue type.
         * @member {tensorboard.DataType|null|undefined} type
         * @memberof tensorboard.AttrValue
         * @instance
         */
        AttrValue.prototype.type = null;

        /**
         * AttrValue shape.
         * @member {tensorboard.ITensorShapeProto|null|undefined} shape
         * @memberof tensorboard.AttrValue
         * @instance
         */
        AttrValue.prototype.shape = null;

        /**
         * AttrValue tensor.
         * @member {tensorboard.ITensorProto|null|undefined} tensor
         * @memberof tensorboard.AttrValue
         * @instance
         */
        AttrValue.prototype.tensor = null;

        /**
         * AttrValue list.
         * @member {tensorboard.AttrValue.IListValue|null|undefined} list
         * @memberof tensorboard.AttrValue
         * @instance
         */
        AttrValue.prototype.list = null;

        /**
         * AttrValue func.
         * @member {tensorboard.INameAttrList|null|undefined} func
         * @memberof tensorboard.AttrValue
         * @instance
         */
        AttrValue.prototype.func = null;

        /**
         * AttrValue placeholder.
         * @member {string|null|undefined} placeholder
         * @memberof tensorboard.AttrValue
         * @instance
         */
        AttrValue.prototype.placeholder = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * AttrValue value.
         * @member {"s"|"i"|"f"|"b"|"type"|"shape"|"tensor"|"list"|"func"|"placeholder"|undefined} value
         * @memberof tensorboard.AttrValue
         * @instance
         */
        Object.defineProperty(AttrValue.prototype, "value", {
            get: $util.oneOfGetter($oneOfFields = ["s", "i", "f", "b", "type", "shape", "tensor", "list", "func", "placeholder"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new AttrValue instance using the specified properties.
         * @function create
         * @memberof tensorboard.AttrValue
         * @static
         * @param {tensorboard.IAttrValue=} [properties] Properties to set
         * @returns {tensorboard.AttrValue} AttrValue instance
         */
        AttrValue.create = function create(properties) {
            return new AttrValue(properties);
        };

        /**
         * Encodes the specified AttrValue message. Does not implicitly {@link tensorboard.AttrValue.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.AttrValue
         * @static
         * @param {tensorboard.IAttrValue} message AttrValue message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttrValue.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.list != null && Object.hasOwnProperty.call(message, "list"))
                $root.tensorboard.AttrValue.ListValue.encode(message.list, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.s != null && Object.hasOwnProperty.call(message, "s"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.s);
            if (message.i != null && Object.hasOwnProperty.call(message, "i"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.i);
            if (message.f != null && Object.hasOwnProperty.call(message, "f"))
                writer.uint32(/* id 4, wireType 5 =*/37).float(message.f);
            if (message.b != null && Object.hasOwnProperty.call(message, "b"))
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.b);
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.type);
            if (message.shape != null && Object.hasOwnProperty.call(message, "shape"))
                $root.tensorboard.TensorShapeProto.encode(message.shape, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (message.tensor != null && Object.hasOwnProperty.call(message, "tensor"))
                $root.tensorboard.TensorProto.encode(message.tensor, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (message.placeholder != null && Object.hasOwnProperty.call(message, "placeholder"))
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.placeholder);
            if (message.func != null && Object.hasOwnProperty.call(message, "func"))
                $root.tensorboard.NameAttrList.encode(message.func, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AttrValue message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.AttrValue
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.AttrValue} AttrValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttrValue.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.AttrValue();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 2: {
                        message.s = reader.bytes();
                        break;
                    }
                case 3: {
                        message.i = reader.int64();
                        break;
                    }
                case 4: {
                        message.f = reader.float();
                        break;
                    }
                case 5: {
                        message.b = reader.bool();
                        break;
                    }
                case 6: {
                        message.type = reader.int32();
                        break;
                    }
                case 7: {
                        message.shape = $root.tensorboard.TensorShapeProto.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 8: {
                        message.tensor = $root.tensorboard.TensorProto.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 1: {
                        message.list = $root.tensorboard.AttrValue.ListValue.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 10: {
                        message.func = $root.tensorboard.NameAttrList.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 9: {
                        message.placeholder = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies an AttrValue message.
         * @function verify
         * @memberof tensorboard.AttrValue
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AttrValue.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            let properties = {};
            if (message.s != null && Object.hasOwnProperty.call(message, "s")) {
                properties.value = 1;
                if (!(message.s && typeof message.s.length === "number" || $util.isString(message.s)))
                    return "s: buffer expected";
            }
            if (message.i != null && Object.hasOwnProperty.call(message, "i")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                if (!$util.isInteger(message.i) && !(message.i && $util.isInteger(message.i.low) && $util.isInteger(message.i.high)))
                    return "i: integer|Long expected";
            }
            if (message.f != null && Object.hasOwnProperty.call(message, "f")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                if (typeof message.f !== "number")
                    return "f: number expected";
            }
            if (message.b != null && Object.hasOwnProperty.call(message, "b")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                if (typeof message.b !== "boolean")
                    return "b: boolean expected";
            }
            if (message.type != null && Object.hasOwnProperty.call(message, "type")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                switch (message.type) {
                default:
                    return "type: enum value expected";
                case 0:
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                case 6:
                case 7:
                case 8:
                case 9:
                case 10:
                case 11:
                case 12:
                case 13:
                case 14:
                case 15:
                case 16:
                case 17:
                case 18:
                case 19:
                case 20:
                case 21:
                case 22:
                case 23:
                    break;
                }
            }
            if (message.shape != null && Object.hasOwnProperty.call(message, "shape")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                {
                    let error = $root.tensorboard.TensorShapeProto.verify(message.shape, long + 1);
                    if (error)
                        return "shape." + error;
                }
            }
            if (message.tensor != null && Object.hasOwnProperty.call(message, "tensor")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                {
                    let error = $root.tensorboard.TensorProto.verify(message.tensor, long + 1);
                    if (error)
                        return "tensor." + error;
                }
            }
            if (message.list != null && Object.hasOwnProperty.call(message, "list")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                {
                    let error = $root.tensorboard.AttrValue.ListValue.verify(message.list, long + 1);
                    if (error)
                        return "list." + error;
                }
            }
            if (message.func != null && Object.hasOwnProperty.call(message, "func")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                {
                    let error = $root.tensorboard.NameAttrList.verify(message.func, long + 1);
                    if (error)
                        return "func." + error;
                }
            }
            if (message.placeholder != null && Object.hasOwnProperty.call(message, "placeholder")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                if (!$util.isString(message.placeholder))
                    return "placeholder: string expected";
            }
            return null;
        };

        /**
         * Creates an AttrValue message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.AttrValue
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.AttrValue} AttrValue
         */
        AttrValue.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.AttrValue)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.AttrValue: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.AttrValue();
            if (object.s != null)
                if (typeof object.s === "string")
                    $util.base64.decode(object.s, message.s = $util.newBuffer($util.base64.length(object.s)), 0);
                else if (object.s.length >= 0)
                    message.s = object.s;
            if (object.i != null)
                if ($util.Long)
                    message.i = $util.Long.fromValue(object.i, false);
                else if (typeof object.i === "string")
                    message.i = parseInt(object.i, 10);
                else if (typeof object.i === "number")
                    message.i = object.i;
                else if (typeof object.i === "object")
                    message.i = new $util.LongBits(object.i.low >>> 0, object.i.high >>> 0).toNumber();
            if (object.f != null)
                message.f = Number(object.f);
            if (object.b != null)
                message.b = Boolean(object.b);
            switch (object.type) {
            default:
                if (typeof object.type === "number") {
                    message.type = object.type;
                    break;
                }
                break;
            case "DT_INVALID":
            case 0:
                message.type = 0;
                break;
            case "DT_FLOAT":
            case 1:
                message.type = 1;
                break;
            case "DT_DOUBLE":
            case 2:
                message.type = 2;
                break;
            case "DT_INT32":
            case 3:
                message.type = 3;
                break;
            case "DT_UINT8":
            case 4:
                message.type = 4;
                break;
            case "DT_INT16":
            case 5:
                message.type = 5;
                break;
            case "DT_INT8":
            case 6:
                message.type = 6;
                break;
            case "DT_STRING":
            case 7:
                message.type = 7;
                break;
            case "DT_COMPLEX64":
            case 8:
                message.type = 8;
                break;
            case "DT_INT64":
            case 9:
                message.type = 9;
                break;
            case "DT_BOOL":
            case 10:
                message.type = 10;
                break;
            case "DT_QINT8":
            case 11:
                message.type = 11;
                break;
            case "DT_QUINT8":
            case 12:
                message.type = 12;
                break;
            case "DT_QINT32":
            case 13:
                message.type = 13;
                break;
            case "DT_BFLOAT16":
            case 14:
                message.type = 14;
                break;
            case "DT_QINT16":
            case 15:
                message.type = 15;
                break;
            case "DT_QUINT16":
            case 16:
                message.type = 16;
                break;
            case "DT_UINT16":
            case 17:
                message.type = 17;
                break;
            case "DT_COMPLEX128":
            case 18:
                message.type = 18;
                break;
            case "DT_HALF":
            case 19:
                message.type = 19;
                break;
            case "DT_RESOURCE":
            case 20:
                message.type = 20;
                break;
            case "DT_VARIANT":
            case 21:
                message.type = 21;
                break;
            case "DT_UINT32":
            case 22:
                message.type = 22;
                break;
            case "DT_UINT64":
            case 23:
                message.type = 23;
                break;
            }
            if (object.shape != null) {
                if (!$util.isObject(object.shape))
                    throw TypeError(".tensorboard.AttrValue.shape: object expected");
                message.shape = $root.tensorboard.TensorShapeProto.fromObject(object.shape, long + 1);
            }
            if (object.tensor != null) {
                if (!$util.isObject(object.tensor))
                    throw TypeError(".tensorboard.AttrValue.tensor: object expected");
                message.tensor = $root.tensorboard.TensorProto.fromObject(object.tensor, long + 1);
            }
            if (object.list != null) {
                if (!$util.isObject(object.list))
                    throw TypeError(".tensorboard.AttrValue.list: object expected");
                message.list = $root.tensorboard.AttrValue.ListValue.fromObject(object.list, long + 1);
            }
            if (object.func != null) {
                if (!$util.isObject(object.func))
                    throw TypeError(".tensorboard.AttrValue.func: object expected");
                message.func = $root.tensorboard.NameAttrList.fromObject(object.func, long + 1);
            }
            if (object.placeholder != null)
                message.placeholder = String(object.placeholder);
            return message;
        };

        /**
         * Creates a plain object from an AttrValue message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.AttrValue
         * @static
         * @param {tensorboard.AttrValue} message AttrValue
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AttrValue.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (message.list != null && Object.hasOwnProperty.call(message, "list")) {
                object.list = $root.tensorboard.AttrValue.ListValue.toObject(message.list, options, q + 1);
                if (options.oneofs)
                    object.value = "list";
            }
            if (message.s != null && Object.hasOwnProperty.call(message, "s")) {
                object.s = options.bytes === String ? $util.base64.encode(message.s, 0, message.s.length) : options.bytes === Array ? Array.prototype.slice.call(message.s) : message.s;
                if (options.oneofs)
                    object.value = "s";
            }
            if (message.i != null && Object.hasOwnProperty.call(message, "i")) {
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.i = typeof message.i === "number" ? BigInt(message.i) : $util.Long.fromBits(message.i.low >>> 0, message.i.high >>> 0, false).toBigInt();
                else if (typeof message.i === "number")
                    object.i = options.longs === String ? String(message.i) : message.i;
                else
                    object.i = options.longs === String ? $util.Long.prototype.toString.call(message.i) : options.longs === Number ? new $util.LongBits(message.i.low >>> 0, message.i.high >>> 0).toNumber() : message.i;
                if (options.oneofs)
                    object.value = "i";
            }
            if (message.f != null && Object.hasOwnProperty.call(message, "f")) {
                object.f = options.json && !isFinite(message.f) ? String(message.f) : message.f;
                if (options.oneofs)
                    object.value = "f";
            }
            if (message.b != null && Object.hasOwnProperty.call(message, "b")) {
                object.b = message.b;
                if (options.oneofs)
                    object.value = "b";
            }
            if (message.type != null && Object.hasOwnProperty.call(message, "type")) {
                object.type = options.enums === String ? $root.tensorboard.DataType[message.type] === undefined ? message.type : $root.tensorboard.DataType[message.type] : message.type;
                if (options.oneofs)
                    object.value = "type";
            }
            if (message.shape != null && Object.hasOwnProperty.call(message, "shape")) {
                object.shape = $root.tensorboard.TensorShapeProto.toObject(message.shape, options, q + 1);
                if (options.oneofs)
                    object.value = "shape";
            }
            if (message.tensor != null && Object.hasOwnProperty.call(message, "tensor")) {
                object.tensor = $root.tensorboard.TensorProto.toObject(message.tensor, options, q + 1);
                if (options.oneofs)
                    object.value = "tensor";
            }
            if (message.placeholder != null && Object.hasOwnProperty.call(message, "placeholder")) {
                object.placeholder = message.placeholder;
                if (options.oneofs)
                    object.value = "placeholder";
            }
            if (message.func != null && Object.hasOwnProperty.call(message, "func")) {
                object.func = $root.tensorboard.NameAttrList.toObject(message.func, options, q + 1);
                if (options.oneofs)
                    object.value = "func";
            }
            return object;
        };

        /**
         * Converts this AttrValue to JSON.
         * @function toJSON
         * @memberof tensorboard.AttrValue
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AttrValue.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for AttrValue
         * @function getTypeUrl
         * @memberof tensorboard.AttrValue
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AttrValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.AttrValue";
        };

        AttrValue.ListValue = (function() {

            /**
             * Properties of a ListValue.
             * @memberof tensorboard.AttrValue
             * @interface IListValue
             * @property {Array.<Uint8Array>|null} [s] ListValue s
             * @property {Array.<number>|null} [i] ListValue i
             * @property {Array.<number>|null} [f] ListValue f
             * @property {Array.<boolean>|null} [b] ListValue b
             * @property {Array.<tensorboard.DataType>|null} [type] ListValue type
             * @property {Array.<tensorboard.ITensorShapeProto>|null} [shape] ListValue shape
             * @property {Array.<tensorboard.ITensorProto>|null} [tensor] ListValue tensor
             * @property {Array.<tensorboard.INameAttrList>|null} [func] ListValue func
             */

            /**
             * Constructs a new ListValue.
             * @memberof tensorboard.AttrValue
             * @classdesc Represents a ListValue.
             * @implements IListValue
             * @constructor
             * @param {tensorboard.AttrValue.IListValue=} [properties] Properties to set
             */
            function ListValue(properties) {
                this.s = [];
                this.i = [];
                this.f = [];
                this.b = [];
                this.type = [];
                this.shape = [];
                this.tensor = [];
                this.func = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListValue s.
             * @member {Array.<Uint8Array>} s
             * @memberof tensorboard.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.s = $util.emptyArray;

            /**
             * ListValue i.
             * @member {Array.<number>} i
             * @memberof tensorboard.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.i = $util.emptyArray;

            /**
             * ListValue f.
             * @member {Array.<number>} f
             * @memberof tensorboard.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.f = $util.emptyArray;

            /**
             * ListValue b.
             * @member {Array.<boolean>} b
             * @memberof tensorboard.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.b = $util.emptyArray;

            /**
             * ListValue type.
             * @member {Array.<tensorboard.DataType>} type
             * @memberof tensorboard.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.type = $util.emptyArray;

            /**
             * ListValue shape.
             * @member {Array.<tensorboard.ITensorShapeProto>} shape
             * @memberof tensorboard.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.shape = $util.emptyArray;

            /**
             * ListValue tensor.
             * @member {Array.<tensorboard.ITensorProto>} tensor
             * @memberof tensorboard.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.tensor = $util.emptyArray;

            /**
             * ListValue func.
             * @member {Array.<tensorboard.INameAttrList>} func
             * @memberof tensorboard.AttrValue.ListValue
             * @instance
             */
            ListValue.prototype.func = $util.emptyArray;

            /**
             * Creates a new ListValue instance using the specified properties.
             * @function create
             * @memberof tensorboard.AttrValue.ListValue
             * @static
             * @param {tensorboard.AttrValue.IListValue=} [properties] Properties to set
             * @returns {tensorboard.AttrValue.ListValue} ListValue instance
             */
            ListValue.create = function create(properties) {
                return new ListValue(properties);
            };

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link tensorboard.AttrValue.ListValue.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.AttrValue.ListValue
             * @static
             * @param {tensorboard.AttrValue.IListValue} message ListValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.s != null && message.s.length)
                    for (let i = 0; i < message.s.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.s[i]);
                if (message.i != null && message.i.length) {
                    writer.uint32(/* id 3, wireType 2 =*/26).fork();
                    for (let i = 0; i < message.i.length; ++i)
                        writer.int64(message.i[i]);
                    writer.ldelim();
                }
                if (message.f != null && message.f.length) {
                    writer.uint32(/* id 4, wireType 2 =*/34).fork();
                    for (let i = 0; i < message.f.length; ++i)
                        writer.float(message.f[i]);
                    writer.ldelim();
                }
                if (message.b != null && message.b.length) {
                    writer.uint32(/* id 5, wireType 2 =*/42).fork();
                    for (let i = 0; i < message.b.length; ++i)
                        writer.bool(message.b[i]);
                    writer.ldelim();
                }
                if (message.type != null && message.type.length) {
                    writer.uint32(/* id 6, wireType 2 =*/50).fork();
                    for (let i = 0; i < message.type.length; ++i)
                        writer.int32(message.type[i]);
                    writer.ldelim();
                }
                if (message.shape != null && message.shape.length)
                    for (let i = 0; i < message.shape.length; ++i)
                        $root.tensorboard.TensorShapeProto.encode(message.shape[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.tensor != null && message.tensor.length)
                    for (let i = 0; i < message.tensor.length; ++i)
                        $root.tensorboard.TensorProto.encode(message.tensor[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.func != null && message.func.length)
                    for (let i = 0; i < message.func.length; ++i)
                        $root.tensorboard.NameAttrList.encode(message.func[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.AttrValue.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.AttrValue.ListValue} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.AttrValue.ListValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 2: {
                            if (!(message.s && message.s.length))
                                message.s = [];
                            message.s.push(reader.bytes());
                            break;
                        }
                    case 3: {
                            if (!(message.i && message.i.length))
                                message.i = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.i.push(reader.int64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.i.push(reader.int64());
                            break;
                        }
                    case 4: {
                            if (!(message.f && message.f.length))
                                message.f = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.f.push(reader.float());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.f.push(reader.float());
                            break;
                        }
                    case 5: {
                            if (!(message.b && message.b.length))
                                message.b = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.b.push(reader.bool());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.b.push(reader.bool());
                            break;
                        }
                    case 6: {
                            if (!(message.type && message.type.length))
                                message.type = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.type.push(reader.int32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.type.push(reader.int32());
                            break;
                        }
                    case 7: {
                            if (!(message.shape && message.shape.length))
                                message.shape = [];
                            message.shape.push($root.tensorboard.TensorShapeProto.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 8: {
                            if (!(message.tensor && message.tensor.length))
                                message.tensor = [];
                            message.tensor.push($root.tensorboard.TensorProto.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 9: {
                            if (!(message.func && message.func.length))
                                message.func = [];
                            message.func.push($root.tensorboard.NameAttrList.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ListValue message.
             * @function verify
             * @memberof tensorboard.AttrValue.ListValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListValue.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.s != null && Object.hasOwnProperty.call(message, "s")) {
                    if (!Array.isArray(message.s))
                        return "s: array expected";
                    for (let i = 0; i < message.s.length; ++i)
                        if (!(message.s[i] && typeof message.s[i].length === "number" || $util.isString(message.s[i])))
                            return "s: buffer[] expected";
                }
                if (message.i != null && Object.hasOwnProperty.call(message, "i")) {
                    if (!Array.isArray(message.i))
                        return "i: array expected";
                    for (let i = 0; i < message.i.length; ++i)
                        if (!$util.isInteger(message.i[i]) && !(message.i[i] && $util.isInteger(message.i[i].low) && $util.isInteger(message.i[i].high)))
                            return "i: integer|Long[] expected";
                }
                if (message.f != null && Object.hasOwnProperty.call(message, "f")) {
                    if (!Array.isArray(message.f))
                        return "f: array expected";
                    for (let i = 0; i < message.f.length; ++i)
                        if (typeof message.f[i] !== "number")
                            return "f: number[] expected";
                }
                if (message.b != null && Object.hasOwnProperty.call(message, "b")) {
                    if (!Array.isArray(message.b))
                        return "b: array expected";
                    for (let i = 0; i < message.b.length; ++i)
                        if (typeof message.b[i] !== "boolean")
                            return "b: boolean[] expected";
                }
                if (message.type != null && Object.hasOwnProperty.call(message, "type")) {
                    if (!Array.isArray(message.type))
                        return "type: array expected";
                    for (let i = 0; i < message.type.length; ++i)
                        switch (message.type[i]) {
                        default:
                            return "type: enum value[] expected";
                        case 0:
                        case 1:
                        case 2:
                        case 3:
                        case 4:
                        case 5:
                        case 6:
                        case 7:
                        case 8:
                        case 9:
                        case 10:
                        case 11:
                        case 12:
                        case 13:
                        case 14:
                        case 15:
                        case 16:
                        case 17:
                        case 18:
                        case 19:
                        case 20:
                        case 21:
                        case 22:
                        case 23:
                            break;
                        }
                }
                if (message.shape != null && Object.hasOwnProperty.call(message, "shape")) {
                    if (!Array.isArray(message.shape))
                        return "shape: array expected";
                    for (let i = 0; i < message.shape.length; ++i) {
                        let error = $root.tensorboard.TensorShapeProto.verify(message.shape[i], long + 1);
                        if (error)
                            return "shape." + error;
                    }
                }
                if (message.tensor != null && Object.hasOwnProperty.call(message, "tensor")) {
                    if (!Array.isArray(message.tensor))
                        return "tensor: array expected";
                    for (let i = 0; i < message.tensor.length; ++i) {
                        let error = $root.tensorboard.TensorProto.verify(message.tensor[i], long + 1);
                        if (error)
                            return "tensor." + error;
                    }
                }
                if (message.func != null && Object.hasOwnProperty.call(message, "func")) {
                    if (!Array.isArray(message.func))
                        return "func: array expected";
                    for (let i = 0; i < message.func.length; ++i) {
                        let error = $root.tensorboard.NameAttrList.verify(message.func[i], long + 1);
                        if (error)
                            return "func." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.AttrValue.ListValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.AttrValue.ListValue} ListValue
             */
            ListValue.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.AttrValue.ListValue)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.AttrValue.ListValue: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.AttrValue.ListValue();
                if (object.s) {
                    if (!Array.isArray(object.s))
                        throw TypeError(".tensorboard.AttrValue.ListValue.s: array expected");
                    message.s = [];
                    for (let i = 0; i < object.s.length; ++i)
                        if (typeof object.s[i] === "string")
                            $util.base64.decode(object.s[i], message.s[i] = $util.newBuffer($util.base64.length(object.s[i])), 0);
                        else if (object.s[i].length >= 0)
                            message.s[i] = object.s[i];
                }
                if (object.i) {
                    if (!Array.isArray(object.i))
                        throw TypeError(".tensorboard.AttrValue.ListValue.i: array expected");
                    message.i = [];
                    for (let i = 0; i < object.i.length; ++i)
                        if ($util.Long)
                            message.i[i] = $util.Long.fromValue(object.i[i], false);
                        else if (typeof object.i[i] === "string")
                            message.i[i] = parseInt(object.i[i], 10);
                        else if (typeof object.i[i] === "number")
                            message.i[i] = object.i[i];
                        else if (typeof object.i[i] === "object")
                            message.i[i] = new $util.LongBits(object.i[i].low >>> 0, object.i[i].high >>> 0).toNumber();
                }
                if (object.f) {
                    if (!Array.isArray(object.f))
                        throw TypeError(".tensorboard.AttrValue.ListValue.f: array expected");
                    message.f = [];
                    for (let i = 0; i < object.f.length; ++i)
                        message.f[i] = Number(object.f[i]);
                }
                if (object.b) {
                    if (!Array.isArray(object.b))
                        throw TypeError(".tensorboard.AttrValue.ListValue.b: array expected");
                    message.b = [];
                    for (let i = 0; i < object.b.length; ++i)
                        message.b[i] = Boolean(object.b[i]);
                }
                if (object.type) {
                    if (!Array.isArray(object.type))
                        throw TypeError(".tensorboard.AttrValue.ListValue.type: array expected");
                    message.type = [];
                    for (let i = 0; i < object.type.length; ++i)
                        switch (object.type[i]) {
                        default:
                            if (typeof object.type[i] === "number") {
                                message.type[i] = object.type[i];
                                break;
                            }
                        case "DT_INVALID":
                        case 0:
                            message.type[i] = 0;
                            break;
                        case "DT_FLOAT":
                        case 1:
                            message.type[i] = 1;
                            break;
                        case "DT_DOUBLE":
                        case 2:
                            message.type[i] = 2;
                            break;
                        case "DT_INT32":
                        case 3:
                            message.type[i] = 3;
                            break;
                        case "DT_UINT8":
                        case 4:
                            message.type[i] = 4;
                            break;
                        case "DT_INT16":
                        case 5:
                            message.type[i] = 5;
                            break;
                        case "DT_INT8":
                        case 6:
                            message.type[i] = 6;
                            break;
                        case "DT_STRING":
                        case 7:
                            message.type[i] = 7;
                            break;
                        case "DT_COMPLEX64":
                        case 8:
                            message.type[i] = 8;
                            break;
                        case "DT_INT64":
                        case 9:
                            message.type[i] = 9;
                            break;
                        case "DT_BOOL":
                        case 10:
                            message.type[i] = 10;
                            break;
                        case "DT_QINT8":
                        case 11:
                            message.type[i] = 11;
                            break;
                        case "DT_QUINT8":
                        case 12:
                            message.type[i] = 12;
                            break;
                        case "DT_QINT32":
                        case 13:
                            message.type[i] = 13;
                            break;
                        case "DT_BFLOAT16":
                        case 14:
                            message.type[i] = 14;
                            break;
                        case "DT_QINT16":
                        case 15:
                            message.type[i] = 15;
                            break;
                        case "DT_QUINT16":
                        case 16:
                            message.type[i] = 16;
                            break;
                        case "DT_UINT16":
                        case 17:
                            message.type[i] = 17;
                            break;
                        case "DT_COMPLEX128":
                        case 18:
                            message.type[i] = 18;
                            break;
                        case "DT_HALF":
                        case 19:
                            message.type[i] = 19;
                            break;
                        case "DT_RESOURCE":
                        case 20:
                            message.type[i] = 20;
                            break;
                        case "DT_VARIANT":
                        case 21:
                            message.type[i] = 21;
                            break;
                        case "DT_UINT32":
                        case 22:
                            message.type[i] = 22;
                            break;
                        case "DT_UINT64":
                        case 23:
                            message.type[i] = 23;
                            break;
                        }
                }
                if (object.shape) {
                    if (!Array.isArray(object.shape))
                        throw TypeError(".tensorboard.AttrValue.ListValue.shape: array expected");
                    message.shape = [];
                    for (let i = 0; i < object.shape.length; ++i) {
                        if (!$util.isObject(object.shape[i]))
                            throw TypeError(".tensorboard.AttrValue.ListValue.shape: object expected");
                        message.shape[i] = $root.tensorboard.TensorShapeProto.fromObject(object.shape[i], long + 1);
                    }
                }
                if (object.tensor) {
                    if (!Array.isArray(object.tensor))
                        throw TypeError(".tensorboard.AttrValue.ListValue.tensor: array expected");
                    message.tensor = [];
                    for (let i = 0; i < object.tensor.length; ++i) {
                        if (!$util.isObject(object.tensor[i]))
                            throw TypeError(".tensorboard.AttrValue.ListValue.tensor: object expected");
                        message.tensor[i] = $root.tensorboard.TensorProto.fromObject(object.tensor[i], long + 1);
                    }
                }
                if (object.func) {
                    if (!Array.isArray(object.func))
                        throw TypeError(".tensorboard.AttrValue.ListValue.func: array expected");
                    message.func = [];
                    for (let i = 0; i < object.func.length; ++i) {
                        if (!$util.isObject(object.func[i]))
                            throw TypeError(".tensorboard.AttrValue.ListValue.func: object expected");
                        message.func[i] = $root.tensorboard.NameAttrList.fromObject(object.func[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.AttrValue.ListValue
             * @static
             * @param {tensorboard.AttrValue.ListValue} message ListValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListValue.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.s = [];
                    object.i = [];
                    object.f = [];
                    object.b = [];
                    object.type = [];
                    object.shape = [];
                    object.tensor = [];
                    object.func = [];
                }
                if (message.s && message.s.length) {
                    object.s = [];
                    for (let j = 0; j < message.s.length; ++j)
                        object.s[j] = options.bytes === String ? $util.base64.encode(message.s[j], 0, message.s[j].length) : options.bytes === Array ? Array.prototype.slice.call(message.s[j]) : message.s[j];
                }
                if (message.i && message.i.length) {
                    object.i = [];
                    for (let j = 0; j < message.i.length; ++j)
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.i[j] = typeof message.i[j] === "number" ? BigInt(message.i[j]) : $util.Long.fromBits(message.i[j].low >>> 0, message.i[j].high >>> 0, false).toBigInt();
                        else if (typeof message.i[j] === "number")
                            object.i[j] = options.longs === String ? String(message.i[j]) : message.i[j];
                        else
                            object.i[j] = options.longs === String ? $util.Long.prototype.toString.call(message.i[j]) : options.longs === Number ? new $util.LongBits(message.i[j].low >>> 0, message.i[j].high >>> 0).toNumber() : message.i[j];
                }
                if (message.f && message.f.length) {
                    object.f = [];
                    for (let j = 0; j < message.f.length; ++j)
                        object.f[j] = options.json && !isFinite(message.f[j]) ? String(message.f[j]) : message.f[j];
                }
                if (message.b && message.b.length) {
                    object.b = [];
                    for (let j = 0; j < message.b.length; ++j)
                        object.b[j] = message.b[j];
                }
                if (message.type && message.type.length) {
                    object.type = [];
                    for (let j = 0; j < message.type.length; ++j)
                        object.type[j] = options.enums === String ? $root.tensorboard.DataType[message.type[j]] === undefined ? message.type[j] : $root.tensorboard.DataType[message.type[j]] : message.type[j];
                }
                if (message.shape && message.shape.length) {
                    object.shape = [];
                    for (let j = 0; j < message.shape.length; ++j)
                        object.shape[j] = $root.tensorboard.TensorShapeProto.toObject(message.shape[j], options, q + 1);
                }
                if (message.tensor && message.tensor.length) {
                    object.tensor = [];
                    for (let j = 0; j < message.tensor.length; ++j)
                        object.tensor[j] = $root.tensorboard.TensorProto.toObject(message.tensor[j], options, q + 1);
                }
                if (message.func && message.func.length) {
                    object.func = [];
                    for (let j = 0; j < message.func.length; ++j)
                        object.func[j] = $root.tensorboard.NameAttrList.toObject(message.func[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this ListValue to JSON.
             * @function toJSON
             * @memberof tensorboard.AttrValue.ListValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListValue.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ListValue
             * @function getTypeUrl
             * @memberof tensorboard.AttrValue.ListValue
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.AttrValue.ListValue";
            };

            return ListValue;
        })();

        return AttrValue;
    })();

    tensorboard.NameAttrList = (function() {

        /**
         * Properties of a NameAttrList.
         * @memberof tensorboard
         * @interface INameAttrList
         * @property {string|null} [name] NameAttrList name
         * @property {Object.<string,tensorboard.IAttrValue>|null} [attr] NameAttrList attr
         */

        /**
         * Constructs a new NameAttrList.
         * @memberof tensorboard
         * @classdesc Represents a NameAttrList.
         * @implements INameAttrList
         * @constructor
         * @param {tensorboard.INameAttrList=} [properties] Properties to set
         */
        function NameAttrList(properties) {
            this.attr = {};
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * NameAttrList name.
         * @member {string} name
         * @memberof tensorboard.NameAttrList
         * @instance
         */
        NameAttrList.prototype.name = "";

        /**
         * NameAttrList attr.
         * @member {Object.<string,tensorboard.IAttrValue>} attr
         * @memberof tensorboard.NameAttrList
         * @instance
         */
        NameAttrList.prototype.attr = $util.emptyObject;

        /**
         * Creates a new NameAttrList instance using the specified properties.
         * @function create
         * @memberof tensorboard.NameAttrList
         * @static
         * @param {tensorboard.INameAttrList=} [properties] Properties to set
         * @returns {tensorboard.NameAttrList} NameAttrList instance
         */
        NameAttrList.create = function create(properties) {
            return new NameAttrList(properties);
        };

        /**
         * Encodes the specified NameAttrList message. Does not implicitly {@link tensorboard.NameAttrList.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.NameAttrList
         * @static
         * @param {tensorboard.INameAttrList} message NameAttrList message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NameAttrList.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                for (let keys = Object.keys(message.attr), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                    $root.tensorboard.AttrValue.encode(message.attr[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim().ldelim();
                }
            return writer;
        };

        /**
         * Decodes a NameAttrList message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.NameAttrList
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.NameAttrList} NameAttrList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NameAttrList.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message, key, value;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.NameAttrList();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        if (message.attr === $util.emptyObject)
                            message.attr = {};
                        let end2 = reader.uint32() + reader.pos;
                        if (end2 > reader.len)
                            throw RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.uint32();
                            switch (tag2 >>> 3) {
                            case 1:
                                key = reader.string();
                                break;
                            case 2:
                                value = $root.tensorboard.AttrValue.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            default:
                                reader.skipType(tag2 & 7, long);
                                break;
                            }
                        }
                        if (reader.pos !== end2)
                            throw RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.attr, key);
                        message.attr[key] = value;
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a NameAttrList message.
         * @function verify
         * @memberof tensorboard.NameAttrList
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        NameAttrList.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr")) {
                if (!$util.isObject(message.attr))
                    return "attr: object expected";
                let key = Object.keys(message.attr);
                for (let i = 0; i < key.length; ++i) {
                    let error = $root.tensorboard.AttrValue.verify(message.attr[key[i]], long + 1);
                    if (error)
                        return "attr." + error;
                }
            }
            return null;
        };

        /**
         * Creates a NameAttrList message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.NameAttrList
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.NameAttrList} NameAttrList
         */
        NameAttrList.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.NameAttrList)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.NameAttrList: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.NameAttrList();
            if (object.name != null)
                message.name = String(object.name);
            if (object.attr) {
                if (!$util.isObject(object.attr))
                    throw TypeError(".tensorboard.NameAttrList.attr: object expected");
                message.attr = {};
                for (let keys = Object.keys(object.attr), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.attr, keys[i]);
                    if (!$util.isObject(object.attr[keys[i]]))
                        throw TypeError(".tensorboard.NameAttrList.attr: object expected");
                    message.attr[keys[i]] = $root.tensorboard.AttrValue.fromObject(object.attr[keys[i]], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a NameAttrList message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.NameAttrList
         * @static
         * @param {tensorboard.NameAttrList} message NameAttrList
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NameAttrList.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.attr = {};
            if (options.defaults)
                object.name = "";
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            let keys2;
            if (message.attr && (keys2 = Object.keys(message.attr)).length) {
                object.attr = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.attr, keys2[j]);
                    object.attr[keys2[j]] = $root.tensorboard.AttrValue.toObject(message.attr[keys2[j]], options, q + 1);
                }
            }
            return object;
        };

        /**
         * Converts this NameAttrList to JSON.
         * @function toJSON
         * @memberof tensorboard.NameAttrList
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NameAttrList.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for NameAttrList
         * @function getTypeUrl
         * @memberof tensorboard.NameAttrList
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        NameAttrList.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.NameAttrList";
        };

        return NameAttrList;
    })();

    tensorboard.hparams = (function() {

        /**
         * Namespace hparams.
         * @memberof tensorboard
         * @namespace
         */
        const hparams = {};

        hparams.HParamsPluginData = (function() {

            /**
             * Properties of a HParamsPluginData.
             * @memberof tensorboard.hparams
             * @interface IHParamsPluginData
             * @property {number|null} [version] HParamsPluginData version
             * @property {tensorboard.hparams.IExperiment|null} [experiment] HParamsPluginData experiment
             * @property {tensorboard.hparams.ISessionStartInfo|null} [sessionStartInfo] HParamsPluginData sessionStartInfo
             * @property {tensorboard.hparams.ISessionEndInfo|null} [sessionEndInfo] HParamsPluginData sessionEndInfo
             */

            /**
             * Constructs a new HParamsPluginData.
             * @memberof tensorboard.hparams
             * @classdesc Represents a HParamsPluginData.
             * @implements IHParamsPluginData
             * @constructor
             * @param {tensorboard.hparams.IHParamsPluginData=} [properties] Properties to set
             */
            function HParamsPluginData(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * HParamsPluginData version.
             * @member {number} version
             * @memberof tensorboard.hparams.HParamsPluginData
             * @instance
             */
            HParamsPluginData.prototype.version = 0;

            /**
             * HParamsPluginData experiment.
             * @member {tensorboard.hparams.IExperiment|null|undefined} experiment
             * @memberof tensorboard.hparams.HParamsPluginData
             * @instance
             */
            HParamsPluginData.prototype.experiment = null;

            /**
             * HParamsPluginData sessionStartInfo.
             * @member {tensorboard.hparams.ISessionStartInfo|null|undefined} sessionStartInfo
             * @memberof tensorboard.hparams.HParamsPluginData
             * @instance
             */
            HParamsPluginData.prototype.sessionStartInfo = null;

            /**
             * HParamsPluginData sessionEndInfo.
             * @member {tensorboard.hparams.ISessionEndInfo|null|undefined} sessionEndInfo
             * @memberof tensorboard.hparams.HParamsPluginData
             * @instance
             */
            HParamsPluginData.prototype.sessionEndInfo = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * HParamsPluginData data.
             * @member {"experiment"|"sessionStartInfo"|"sessionEndInfo"|undefined} data
             * @memberof tensorboard.hparams.HParamsPluginData
             * @instance
             */
            Object.defineProperty(HParamsPluginData.prototype, "data", {
                get: $util.oneOfGetter($oneOfFields = ["experiment", "sessionStartInfo", "sessionEndInfo"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new HParamsPluginData instance using the specified properties.
             * @function create
             * @memberof tensorboard.hparams.HParamsPluginData
             * @static
             * @param {tensorboard.hparams.IHParamsPluginData=} [properties] Properties to set
             * @returns {tensorboard.hparams.HParamsPluginData} HParamsPluginData instance
             */
            HParamsPluginData.create = function create(properties) {
                return new HParamsPluginData(properties);
            };

            /**
             * Encodes the specified HParamsPluginData message. Does not implicitly {@link tensorboard.hparams.HParamsPluginData.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.hparams.HParamsPluginData
             * @static
             * @param {tensorboard.hparams.IHParamsPluginData} message HParamsPluginData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HParamsPluginData.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.version);
                if (message.experiment != null && Object.hasOwnProperty.call(message, "experiment"))
                    $root.tensorboard.hparams.Experiment.encode(message.experiment, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.sessionStartInfo != null && Object.hasOwnProperty.call(message, "sessionStartInfo"))
                    $root.tensorboard.hparams.SessionStartInfo.encode(message.sessionStartInfo, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.sessionEndInfo != null && Object.hasOwnProperty.call(message, "sessionEndInfo"))
                    $root.tensorboard.hparams.SessionEndInfo.encode(message.sessionEndInfo, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a HParamsPluginData message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.hparams.HParamsPluginData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.hparams.HParamsPluginData} HParamsPluginData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HParamsPluginData.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.hparams.HParamsPluginData();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.version = reader.int32();
                            break;
                        }
                    case 2: {
                            message.experiment = $root.tensorboard.hparams.Experiment.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.sessionStartInfo = $root.tensorboard.hparams.SessionStartInfo.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.sessionEndInfo = $root.tensorboard.hparams.SessionEndInfo.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a HParamsPluginData message.
             * @function verify
             * @memberof tensorboard.hparams.HParamsPluginData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HParamsPluginData.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                let properties = {};
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.experiment != null && Object.hasOwnProperty.call(message, "experiment")) {
                    properties.data = 1;
                    {
                        let error = $root.tensorboard.hparams.Experiment.verify(message.experiment, long + 1);
                        if (error)
                            return "experiment." + error;
                    }
                }
                if (message.sessionStartInfo != null && Object.hasOwnProperty.call(message, "sessionStartInfo")) {
                    if (properties.data === 1)
                        return "data: multiple values";
                    properties.data = 1;
                    {
                        let error = $root.tensorboard.hparams.SessionStartInfo.verify(message.sessionStartInfo, long + 1);
                        if (error)
                            return "sessionStartInfo." + error;
                    }
                }
                if (message.sessionEndInfo != null && Object.hasOwnProperty.call(message, "sessionEndInfo")) {
                    if (properties.data === 1)
                        return "data: multiple values";
                    properties.data = 1;
                    {
                        let error = $root.tensorboard.hparams.SessionEndInfo.verify(message.sessionEndInfo, long + 1);
                        if (error)
                            return "sessionEndInfo." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a HParamsPluginData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.hparams.HParamsPluginData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.hparams.HParamsPluginData} HParamsPluginData
             */
            HParamsPluginData.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.hparams.HParamsPluginData)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.hparams.HParamsPluginData: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.hparams.HParamsPluginData();
                if (object.version != null)
                    message.version = object.version | 0;
                if (object.experiment != null) {
                    if (!$util.isObject(object.experiment))
                        throw TypeError(".tensorboard.hparams.HParamsPluginData.experiment: object expected");
                    message.experiment = $root.tensorboard.hparams.Experiment.fromObject(object.experiment, long + 1);
                }
                if (object.sessionStartInfo != null) {
                    if (!$util.isObject(object.sessionStartInfo))
                        throw TypeError(".tensorboard.hparams.HParamsPluginData.sessionStartInfo: object expected");
                    message.sessionStartInfo = $root.tensorboard.hparams.SessionStartInfo.fromObject(object.sessionStartInfo, long + 1);
                }
                if (object.sessionEndInfo != null) {
                    if (!$util.isObject(object.sessionEndInfo))
                        throw TypeError(".tensorboard.hparams.HParamsPluginData.sessionEndInfo: object expected");
                    message.sessionEndInfo = $root.tensorboard.hparams.SessionEndInfo.fromObject(object.sessionEndInfo, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a HParamsPluginData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.hparams.HParamsPluginData
             * @static
             * @param {tensorboard.hparams.HParamsPluginData} message HParamsPluginData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HParamsPluginData.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.version = 0;
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.experiment != null && Object.hasOwnProperty.call(message, "experiment")) {
                    object.experiment = $root.tensorboard.hparams.Experiment.toObject(message.experiment, options, q + 1);
                    if (options.oneofs)
                        object.data = "experiment";
                }
                if (message.sessionStartInfo != null && Object.hasOwnProperty.call(message, "sessionStartInfo")) {
                    object.sessionStartInfo = $root.tensorboard.hparams.SessionStartInfo.toObject(message.sessionStartInfo, options, q + 1);
                    if (options.oneofs)
                        object.data = "sessionStartInfo";
                }
                if (message.sessionEndInfo != null && Object.hasOwnProperty.call(message, "sessionEndInfo")) {
                    object.sessionEndInfo = $root.tensorboard.hparams.SessionEndInfo.toObject(message.sessionEndInfo, options, q + 1);
                    if (options.oneofs)
                        object.data = "sessionEndInfo";
                }
                return object;
            };

            /**
             * Converts this HParamsPluginData to JSON.
             * @function toJSON
             * @memberof tensorboard.hparams.HParamsPluginData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HParamsPluginData.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for HParamsPluginData
             * @function getTypeUrl
             * @memberof tensorboard.hparams.HParamsPluginData
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            HParamsPluginData.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.hparams.HParamsPluginData";
            };

            return HParamsPluginData;
        })();

        hparams.SessionStartInfo = (function() {

            /**
             * Properties of a SessionStartInfo.
             * @memberof tensorboard.hparams
             * @interface ISessionStartInfo
             * @property {Object.<string,google.protobuf.IValue>|null} [hparams] SessionStartInfo hparams
             * @property {string|null} [modelUri] SessionStartInfo modelUri
             * @property {string|null} [monitorUrl] SessionStartInfo monitorUrl
             * @property {string|null} [groupName] SessionStartInfo groupName
             * @property {number|null} [startTimeSecs] SessionStartInfo startTimeSecs
             */

            /**
             * Constructs a new SessionStartInfo.
             * @memberof tensorboard.hparams
             * @classdesc Represents a SessionStartInfo.
             * @implements ISessionStartInfo
             * @constructor
             * @param {tensorboard.hparams.ISessionStartInfo=} [properties] Properties to set
             */
            function SessionStartInfo(properties) {
                this.hparams = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SessionStartInfo hparams.
             * @member {Object.<string,google.protobuf.IValue>} hparams
             * @memberof tensorboard.hparams.SessionStartInfo
             * @instance
             */
            SessionStartInfo.prototype.hparams = $util.emptyObject;

            /**
             * SessionStartInfo modelUri.
             * @member {string} modelUri
             * @memberof tensorboard.hparams.SessionStartInfo
             * @instance
             */
            SessionStartInfo.prototype.modelUri = "";

            /**
             * SessionStartInfo monitorUrl.
             * @member {string} monitorUrl
             * @memberof tensorboard.hparams.SessionStartInfo
             * @instance
             */
            SessionStartInfo.prototype.monitorUrl = "";

            /**
             * SessionStartInfo groupName.
             * @member {string} groupName
             * @memberof tensorboard.hparams.SessionStartInfo
             * @instance
             */
            SessionStartInfo.prototype.groupName = "";

            /**
             * SessionStartInfo startTimeSecs.
             * @member {number} startTimeSecs
             * @memberof tensorboard.hparams.SessionStartInfo
             * @instance
             */
            SessionStartInfo.prototype.startTimeSecs = 0;

            /**
             * Creates a new SessionStartInfo instance using the specified properties.
             * @function create
             * @memberof tensorboard.hparams.SessionStartInfo
             * @static
             * @param {tensorboard.hparams.ISessionStartInfo=} [properties] Properties to set
             * @returns {tensorboard.hparams.SessionStartInfo} SessionStartInfo instance
             */
            SessionStartInfo.create = function create(properties) {
                return new SessionStartInfo(properties);
            };

            /**
             * Encodes the specified SessionStartInfo message. Does not implicitly {@link tensorboard.hparams.SessionStartInfo.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.hparams.SessionStartInfo
             * @static
             * @param {tensorboard.hparams.ISessionStartInfo} message SessionStartInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionStartInfo.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.hparams != null && Object.hasOwnProperty.call(message, "hparams"))
                    for (let keys = Object.keys(message.hparams), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.google.protobuf.Value.encode(message.hparams[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim().ldelim();
                    }
                if (message.modelUri != null && Object.hasOwnProperty.call(message, "modelUri"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.modelUri);
                if (message.monitorUrl != null && Object.hasOwnProperty.call(message, "monitorUrl"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.monitorUrl);
                if (message.groupName != null && Object.hasOwnProperty.call(message, "groupName"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.groupName);
                if (message.startTimeSecs != null && Object.hasOwnProperty.call(message, "startTimeSecs"))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.startTimeSecs);
                return writer;
            };

            /**
             * Decodes a SessionStartInfo message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.hparams.SessionStartInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.hparams.SessionStartInfo} SessionStartInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionStartInfo.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.hparams.SessionStartInfo();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (message.hparams === $util.emptyObject)
                                message.hparams = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = $root.google.protobuf.Value.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.hparams, key);
                            message.hparams[key] = value;
                            break;
                        }
                    case 2: {
                            message.modelUri = reader.string();
                            break;
                        }
                    case 3: {
                            message.monitorUrl = reader.string();
                            break;
                        }
                    case 4: {
                            message.groupName = reader.string();
                            break;
                        }
                    case 5: {
                            message.startTimeSecs = reader.double();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a SessionStartInfo message.
             * @function verify
             * @memberof tensorboard.hparams.SessionStartInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionStartInfo.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.hparams != null && Object.hasOwnProperty.call(message, "hparams")) {
                    if (!$util.isObject(message.hparams))
                        return "hparams: object expected";
                    let key = Object.keys(message.hparams);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.google.protobuf.Value.verify(message.hparams[key[i]], long + 1);
                        if (error)
                            return "hparams." + error;
                    }
                }
                if (message.modelUri != null && Object.hasOwnProperty.call(message, "modelUri"))
                    if (!$util.isString(message.modelUri))
                        return "modelUri: string expected";
                if (message.monitorUrl != null && Object.hasOwnProperty.call(message, "monitorUrl"))
                    if (!$util.isString(message.monitorUrl))
                        return "monitorUrl: string expected";
                if (message.groupName != null && Object.hasOwnProperty.call(message, "groupName"))
                    if (!$util.isString(message.groupName))
                        return "groupName: string expected";
                if (message.startTimeSecs != null && Object.hasOwnProperty.call(message, "startTimeSecs"))
                    if (typeof message.startTimeSecs !== "number")
                        return "startTimeSecs: number expected";
                return null;
            };

            /**
             * Creates a SessionStartInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.hparams.SessionStartInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.hparams.SessionStartInfo} SessionStartInfo
             */
            SessionStartInfo.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.hparams.SessionStartInfo)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.hparams.SessionStartInfo: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.hparams.SessionStartInfo();
                if (object.hparams) {
                    if (!$util.isObject(object.hparams))
                        throw TypeError(".tensorboard.hparams.SessionStartInfo.hparams: object expected");
                    message.hparams = {};
                    for (let keys = Object.keys(object.hparams), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.hparams, keys[i]);
                        if (!$util.isObject(object.hparams[keys[i]]))
                            throw TypeError(".tensorboard.hparams.SessionStartInfo.hparams: object expected");
                        message.hparams[keys[i]] = $root.google.protobuf.Value.fromObject(object.hparams[keys[i]], long + 1);
                    }
                }
                if (object.modelUri != null)
                    message.modelUri = String(object.modelUri);
                if (object.monitorUrl != null)
                    message.monitorUrl = String(object.monitorUrl);
                if (object.groupName != null)
                    message.groupName = String(object.groupName);
                if (object.startTimeSecs != null)
                    message.startTimeSecs = Number(object.startTimeSecs);
                return message;
            };

            /**
             * Creates a plain object from a SessionStartInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.hparams.SessionStartInfo
             * @static
             * @param {tensorboard.hparams.SessionStartInfo} message SessionStartInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionStartInfo.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.hparams = {};
                if (options.defaults) {
                    object.modelUri = "";
                    object.monitorUrl = "";
                    object.groupName = "";
                    object.startTimeSecs = 0;
                }
                let keys2;
                if (message.hparams && (keys2 = Object.keys(message.hparams)).length) {
                    object.hparams = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.hparams, keys2[j]);
                        object.hparams[keys2[j]] = $root.google.protobuf.Value.toObject(message.hparams[keys2[j]], options, q + 1);
                    }
                }
                if (message.modelUri != null && Object.hasOwnProperty.call(message, "modelUri"))
                    object.modelUri = message.modelUri;
                if (message.monitorUrl != null && Object.hasOwnProperty.call(message, "monitorUrl"))
                    object.monitorUrl = message.monitorUrl;
                if (message.groupName != null && Object.hasOwnProperty.call(message, "groupName"))
                    object.groupName = message.groupName;
                if (message.startTimeSecs != null && Object.hasOwnProperty.call(message, "startTimeSecs"))
                    object.startTimeSecs = options.json && !isFinite(message.startTimeSecs) ? String(message.startTimeSecs) : message.startTimeSecs;
                return object;
            };

            /**
             * Converts this SessionStartInfo to JSON.
             * @function toJSON
             * @memberof tensorboard.hparams.SessionStartInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionStartInfo.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SessionStartInfo
             * @function getTypeUrl
             * @memberof tensorboard.hparams.SessionStartInfo
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SessionStartInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.hparams.SessionStartInfo";
            };

            return SessionStartInfo;
        })();

        hparams.SessionEndInfo = (function() {

            /**
             * Properties of a SessionEndInfo.
             * @memberof tensorboard.hparams
             * @interface ISessionEndInfo
             * @property {tensorboard.hparams.Status|null} [status] SessionEndInfo status
             * @property {number|null} [endTimeSecs] SessionEndInfo endTimeSecs
             */

            /**
             * Constructs a new SessionEndInfo.
             * @memberof tensorboard.hparams
             * @classdesc Represents a SessionEndInfo.
             * @implements ISessionEndInfo
             * @constructor
             * @param {tensorboard.hparams.ISessionEndInfo=} [properties] Properties to set
             */
            function SessionEndInfo(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SessionEndInfo status.
             * @member {tensorboard.hparams.Status} status
             * @memberof tensorboard.hparams.SessionEndInfo
             * @instance
             */
            SessionEndInfo.prototype.status = 0;

            /**
             * SessionEndInfo endTimeSecs.
             * @member {number} endTimeSecs
             * @memberof tensorboard.hparams.SessionEndInfo
             * @instance
             */
            SessionEndInfo.prototype.endTimeSecs = 0;

            /**
             * Creates a new SessionEndInfo instance using the specified properties.
             * @function create
             * @memberof tensorboard.hparams.SessionEndInfo
             * @static
             * @param {tensorboard.hparams.ISessionEndInfo=} [properties] Properties to set
             * @returns {tensorboard.hparams.SessionEndInfo} SessionEndInfo instance
             */
            SessionEndInfo.create = function create(properties) {
                return new SessionEndInfo(properties);
            };

            /**
             * Encodes the specified SessionEndInfo message. Does not implicitly {@link tensorboard.hparams.SessionEndInfo.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.hparams.SessionEndInfo
             * @static
             * @param {tensorboard.hparams.ISessionEndInfo} message SessionEndInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionEndInfo.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                if (message.endTimeSecs != null && Object.hasOwnProperty.call(message, "endTimeSecs"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.endTimeSecs);
                return writer;
            };

            /**
             * Decodes a SessionEndInfo message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.hparams.SessionEndInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.hparams.SessionEndInfo} SessionEndInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionEndInfo.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.hparams.SessionEndInfo();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = reader.int32();
                            break;
                        }
                    case 2: {
                            message.endTimeSecs = reader.double();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a SessionEndInfo message.
             * @function verify
             * @memberof tensorboard.hparams.SessionEndInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionEndInfo.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    switch (message.status) {
                    default:
                        return "status: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                if (message.endTimeSecs != null && Object.hasOwnProperty.call(message, "endTimeSecs"))
                    if (typeof message.endTimeSecs !== "number")
                        return "endTimeSecs: number expected";
                return null;
            };

            /**
             * Creates a SessionEndInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.hparams.SessionEndInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.hparams.SessionEndInfo} SessionEndInfo
             */
            SessionEndInfo.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.hparams.SessionEndInfo)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.hparams.SessionEndInfo: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.hparams.SessionEndInfo();
                switch (object.status) {
                default:
                    if (typeof object.status === "number") {
                        message.status = object.status;
                        break;
                    }
                    break;
                case "STATUS_UNKNOWN":
                case 0:
                    message.status = 0;
                    break;
                case "STATUS_SUCCESS":
                case 1:
                    message.status = 1;
                    break;
                case "STATUS_FAILURE":
                case 2:
                    message.status = 2;
                    break;
                case "STATUS_RUNNING":
                case 3:
                    message.status = 3;
                    break;
                }
                if (object.endTimeSecs != null)
                    message.endTimeSecs = Number(object.endTimeSecs);
                return message;
            };

            /**
             * Creates a plain object from a SessionEndInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.hparams.SessionEndInfo
             * @static
             * @param {tensorboard.hparams.SessionEndInfo} message SessionEndInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionEndInfo.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.status = options.enums === String ? "STATUS_UNKNOWN" : 0;
                    object.endTimeSecs = 0;
                }
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === String ? $root.tensorboard.hparams.Status[message.status] === undefined ? message.status : $root.tensorboard.hparams.Status[message.status] : message.status;
                if (message.endTimeSecs != null && Object.hasOwnProperty.call(message, "endTimeSecs"))
                    object.endTimeSecs = options.json && !isFinite(message.endTimeSecs) ? String(message.endTimeSecs) : message.endTimeSecs;
                return object;
            };

            /**
             * Converts this SessionEndInfo to JSON.
             * @function toJSON
             * @memberof tensorboard.hparams.SessionEndInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionEndInfo.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SessionEndInfo
             * @function getTypeUrl
             * @memberof tensorboard.hparams.SessionEndInfo
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SessionEndInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.hparams.SessionEndInfo";
            };

            return SessionEndInfo;
        })();

        hparams.Experiment = (function() {

            /**
             * Properties of an Experiment.
             * @memberof tensorboard.hparams
             * @interface IExperiment
             * @property {string|null} [name] Experiment name
             * @property {string|null} [description] Experiment description
             * @property {string|null} [user] Experiment user
             * @property {number|null} [timeCreatedSecs] Experiment timeCreatedSecs
             * @property {Array.<tensorboard.hparams.IHParamInfo>|null} [hparamInfos] Experiment hparamInfos
             * @property {Array.<tensorboard.hparams.IMetricInfo>|null} [metricInfos] Experiment metricInfos
             */

            /**
             * Constructs a new Experiment.
             * @memberof tensorboard.hparams
             * @classdesc Represents an Experiment.
             * @implements IExperiment
             * @constructor
             * @param {tensorboard.hparams.IExperiment=} [properties] Properties to set
             */
            function Experiment(properties) {
                this.hparamInfos = [];
                this.metricInfos = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Experiment name.
             * @member {string} name
             * @memberof tensorboard.hparams.Experiment
             * @instance
             */
            Experiment.prototype.name = "";

            /**
             * Experiment description.
             * @member {string} description
             * @memberof tensorboard.hparams.Experiment
             * @instance
             */
            Experiment.prototype.description = "";

            /**
             * Experiment user.
             * @member {string} user
             * @memberof tensorboard.hparams.Experiment
             * @instance
             */
            Experiment.prototype.user = "";

            /**
             * Experiment timeCreatedSecs.
             * @member {number} timeCreatedSecs
             * @memberof tensorboard.hparams.Experiment
             * @instance
             */
            Experiment.prototype.timeCreatedSecs = 0;

            /**
             * Experiment hparamInfos.
             * @member {Array.<tensorboard.hparams.IHParamInfo>} hparamInfos
             * @memberof tensorboard.hparams.Experiment
             * @instance
             */
            Experiment.prototype.hparamInfos = $util.emptyArray;

            /**
             * Experiment metricInfos.
             * @member {Array.<tensorboard.hparams.IMetricInfo>} metricInfos
             * @memberof tensorboard.hparams.Experiment
             * @instance
             */
            Experiment.prototype.metricInfos = $util.emptyArray;

            /**
             * Creates a new Experiment instance using the specified properties.
             * @function create
             * @memberof tensorboard.hparams.Experiment
             * @static
             * @param {tensorboard.hparams.IExperiment=} [properties] Properties to set
             * @returns {tensorboard.hparams.Experiment} Experiment instance
             */
            Experiment.create = function create(properties) {
                return new Experiment(properties);
            };

            /**
             * Encodes the specified Experiment message. Does not implicitly {@link tensorboard.hparams.Experiment.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.hparams.Experiment
             * @static
             * @param {tensorboard.hparams.IExperiment} message Experiment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Experiment.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.description);
                if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.user);
                if (message.timeCreatedSecs != null && Object.hasOwnProperty.call(message, "timeCreatedSecs"))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.timeCreatedSecs);
                if (message.hparamInfos != null && message.hparamInfos.length)
                    for (let i = 0; i < message.hparamInfos.length; ++i)
                        $root.tensorboard.hparams.HParamInfo.encode(message.hparamInfos[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.metricInfos != null && message.metricInfos.length)
                    for (let i = 0; i < message.metricInfos.length; ++i)
                        $root.tensorboard.hparams.MetricInfo.encode(message.metricInfos[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.name);
                return writer;
            };

            /**
             * Decodes an Experiment message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.hparams.Experiment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.hparams.Experiment} Experiment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Experiment.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.hparams.Experiment();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 6: {
                            message.name = reader.string();
                            break;
                        }
                    case 1: {
                            message.description = reader.string();
                            break;
                        }
                    case 2: {
                            message.user = reader.string();
                            break;
                        }
                    case 3: {
                            message.timeCreatedSecs = reader.double();
                            break;
                        }
                    case 4: {
                            if (!(message.hparamInfos && message.hparamInfos.length))
                                message.hparamInfos = [];
                            message.hparamInfos.push($root.tensorboard.hparams.HParamInfo.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 5: {
                            if (!(message.metricInfos && message.metricInfos.length))
                                message.metricInfos = [];
                            message.metricInfos.push($root.tensorboard.hparams.MetricInfo.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies an Experiment message.
             * @function verify
             * @memberof tensorboard.hparams.Experiment
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Experiment.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    if (!$util.isString(message.description))
                        return "description: string expected";
                if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                    if (!$util.isString(message.user))
                        return "user: string expected";
                if (message.timeCreatedSecs != null && Object.hasOwnProperty.call(message, "timeCreatedSecs"))
                    if (typeof message.timeCreatedSecs !== "number")
                        return "timeCreatedSecs: number expected";
                if (message.hparamInfos != null && Object.hasOwnProperty.call(message, "hparamInfos")) {
                    if (!Array.isArray(message.hparamInfos))
                        return "hparamInfos: array expected";
                    for (let i = 0; i < message.hparamInfos.length; ++i) {
                        let error = $root.tensorboard.hparams.HParamInfo.verify(message.hparamInfos[i], long + 1);
                        if (error)
                            return "hparamInfos." + error;
                    }
                }
                if (message.metricInfos != null && Object.hasOwnProperty.call(message, "metricInfos")) {
                    if (!Array.isArray(message.metricInfos))
                        return "metricInfos: array expected";
                    for (let i = 0; i < message.metricInfos.length; ++i) {
                        let error = $root.tensorboard.hparams.MetricInfo.verify(message.metricInfos[i], long + 1);
                        if (error)
                            return "metricInfos." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Experiment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.hparams.Experiment
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.hparams.Experiment} Experiment
             */
            Experiment.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.hparams.Experiment)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.hparams.Experiment: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.hparams.Experiment();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.description != null)
                    message.description = String(object.description);
                if (object.user != null)
                    message.user = String(object.user);
                if (object.timeCreatedSecs != null)
                    message.timeCreatedSecs = Number(object.timeCreatedSecs);
                if (object.hparamInfos) {
                    if (!Array.isArray(object.hparamInfos))
                        throw TypeError(".tensorboard.hparams.Experiment.hparamInfos: array expected");
                    message.hparamInfos = [];
                    for (let i = 0; i < object.hparamInfos.length; ++i) {
                        if (!$util.isObject(object.hparamInfos[i]))
                            throw TypeError(".tensorboard.hparams.Experiment.hparamInfos: object expected");
                        message.hparamInfos[i] = $root.tensorboard.hparams.HParamInfo.fromObject(object.hparamInfos[i], long + 1);
                    }
                }
                if (object.metricInfos) {
                    if (!Array.isArray(object.metricInfos))
                        throw TypeError(".tensorboard.hparams.Experiment.metricInfos: array expected");
                    message.metricInfos = [];
                    for (let i = 0; i < object.metricInfos.length; ++i) {
                        if (!$util.isObject(object.metricInfos[i]))
                            throw TypeError(".tensorboard.hparams.Experiment.metricInfos: object expected");
                        message.metricInfos[i] = $root.tensorboard.hparams.MetricInfo.fromObject(object.metricInfos[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an Experiment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.hparams.Experiment
             * @static
             * @param {tensorboard.hparams.Experiment} message Experiment
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Experiment.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.hparamInfos = [];
                    object.metricInfos = [];
                }
                if (options.defaults) {
                    object.description = "";
                    object.user = "";
                    object.timeCreatedSecs = 0;
                    object.name = "";
                }
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                    object.user = message.user;
                if (message.timeCreatedSecs != null && Object.hasOwnProperty.call(message, "timeCreatedSecs"))
                    object.timeCreatedSecs = options.json && !isFinite(message.timeCreatedSecs) ? String(message.timeCreatedSecs) : message.timeCreatedSecs;
                if (message.hparamInfos && message.hparamInfos.length) {
                    object.hparamInfos = [];
                    for (let j = 0; j < message.hparamInfos.length; ++j)
                        object.hparamInfos[j] = $root.tensorboard.hparams.HParamInfo.toObject(message.hparamInfos[j], options, q + 1);
                }
                if (message.metricInfos && message.metricInfos.length) {
                    object.metricInfos = [];
                    for (let j = 0; j < message.metricInfos.length; ++j)
                        object.metricInfos[j] = $root.tensorboard.hparams.MetricInfo.toObject(message.metricInfos[j], options, q + 1);
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            /**
             * Converts this Experiment to JSON.
             * @function toJSON
             * @memberof tensorboard.hparams.Experiment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Experiment.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Experiment
             * @function getTypeUrl
             * @memberof tensorboard.hparams.Experiment
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Experiment.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.hparams.Experiment";
            };

            return Experiment;
        })();

        hparams.HParamInfo = (function() {

            /**
             * Properties of a HParamInfo.
             * @memberof tensorboard.hparams
             * @interface IHParamInfo
             * @property {string|null} [name] HParamInfo name
             * @property {string|null} [displayName] HParamInfo displayName
             * @property {string|null} [description] HParamInfo description
             * @property {tensorboard.hparams.DataType|null} [type] HParamInfo type
             * @property {google.protobuf.IListValue|null} [domainDiscrete] HParamInfo domainDiscrete
             * @property {tensorboard.hparams.IInterval|null} [domainInterval] HParamInfo domainInterval
             * @property {boolean|null} [differs] HParamInfo differs
             */

            /**
             * Constructs a new HParamInfo.
             * @memberof tensorboard.hparams
             * @classdesc Represents a HParamInfo.
             * @implements IHParamInfo
             * @constructor
             * @param {tensorboard.hparams.IHParamInfo=} [properties] Properties to set
             */
            function HParamInfo(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * HParamInfo name.
             * @member {string} name
             * @memberof tensorboard.hparams.HParamInfo
             * @instance
             */
            HParamInfo.prototype.name = "";

            /**
             * HParamInfo displayName.
             * @member {string} displayName
             * @memberof tensorboard.hparams.HParamInfo
             * @instance
             */
            HParamInfo.prototype.displayName = "";

            /**
             * HParamInfo description.
             * @member {string} description
             * @memberof tensorboard.hparams.HParamInfo
             * @instance
             */
            HParamInfo.prototype.description = "";

            /**
             * HParamInfo type.
             * @member {tensorboard.hparams.DataType} type
             * @memberof tensorboard.hparams.HParamInfo
             * @instance
             */
            HParamInfo.prototype.type = 0;

            /**
             * HParamInfo domainDiscrete.
             * @member {google.protobuf.IListValue|null|undefined} domainDiscrete
             * @memberof tensorboard.hparams.HParamInfo
             * @instance
             */
            HParamInfo.prototype.domainDiscrete = null;

            /**
             * HParamInfo domainInterval.
             * @member {tensorboard.hparams.IInterval|null|undefined} domainInterval
             * @memberof tensorboard.hparams.HParamInfo
             * @instance
             */
            HParamInfo.prototype.domainInterval = null;

            /**
             * HParamInfo differs.
             * @member {boolean} differs
             * @memberof tensorboard.hparams.HParamInfo
             * @instance
             */
            HParamInfo.prototype.differs = false;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * HParamInfo domain.
             * @member {"domainDiscrete"|"domainInterval"|undefined} domain
             * @memberof tensorboard.hparams.HParamInfo
             * @instance
             */
            Object.defineProperty(HParamInfo.prototype, "domain", {
                get: $util.oneOfGetter($oneOfFields = ["domainDiscrete", "domainInterval"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new HParamInfo instance using the specified properties.
             * @function create
             * @memberof tensorboard.hparams.HParamInfo
             * @static
             * @param {tensorboard.hparams.IHParamInfo=} [properties] Properties to set
             * @returns {tensorboard.hparams.HParamInfo} HParamInfo instance
             */
            HParamInfo.create = function create(properties) {
                return new HParamInfo(properties);
            };

            /**
             * Encodes the specified HParamInfo message. Does not implicitly {@link tensorboard.hparams.HParamInfo.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.hparams.HParamInfo
             * @static
             * @param {tensorboard.hparams.IHParamInfo} message HParamInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HParamInfo.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.displayName != null && Object.hasOwnProperty.call(message, "displayName"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.displayName);
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.type);
                if (message.domainDiscrete != null && Object.hasOwnProperty.call(message, "domainDiscrete"))
                    $root.google.protobuf.ListValue.encode(message.domainDiscrete, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.domainInterval != null && Object.hasOwnProperty.call(message, "domainInterval"))
                    $root.tensorboard.hparams.Interval.encode(message.domainInterval, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.differs != null && Object.hasOwnProperty.call(message, "differs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.differs);
                return writer;
            };

            /**
             * Decodes a HParamInfo message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.hparams.HParamInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.hparams.HParamInfo} HParamInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HParamInfo.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.hparams.HParamInfo();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.displayName = reader.string();
                            break;
                        }
                    case 3: {
                            message.description = reader.string();
                            break;
                        }
                    case 4: {
                            message.type = reader.int32();
                            break;
                        }
                    case 5: {
                            message.domainDiscrete = $root.google.protobuf.ListValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.domainInterval = $root.tensorboard.hparams.Interval.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            message.differs = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a HParamInfo message.
             * @function verify
             * @memberof tensorboard.hparams.HParamInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HParamInfo.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                let properties = {};
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.displayName != null && Object.hasOwnProperty.call(message, "displayName"))
                    if (!$util.isString(message.displayName))
                        return "displayName: string expected";
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    if (!$util.isString(message.description))
                        return "description: string expected";
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    switch (message.type) {
                    default:
                        return "type: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                if (message.domainDiscrete != null && Object.hasOwnProperty.call(message, "domainDiscrete")) {
                    properties.domain = 1;
                    {
                        let error = $root.google.protobuf.ListValue.verify(message.domainDiscrete, long + 1);
                        if (error)
                            return "domainDiscrete." + error;
                    }
                }
                if (message.domainInterval != null && Object.hasOwnProperty.call(message, "domainInterval")) {
                    if (properties.domain === 1)
                        return "domain: multiple values";
                    properties.domain = 1;
                    {
                        let error = $root.tensorboard.hparams.Interval.verify(message.domainInterval, long + 1);
                        if (error)
                            return "domainInterval." + error;
                    }
                }
                if (message.differs != null && Object.hasOwnProperty.call(message, "differs"))
                    if (typeof message.differs !== "boolean")
                        return "differs: boolean expected";
                return null;
            };

            /**
             * Creates a HParamInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.hparams.HParamInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.hparams.HParamInfo} HParamInfo
             */
            HParamInfo.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.hparams.HParamInfo)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.hparams.HParamInfo: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.hparams.HParamInfo();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.displayName != null)
                    message.displayName = String(object.displayName);
                if (object.description != null)
                    message.description = String(object.description);
                switch (object.type) {
                default:
                    if (typeof object.type === "number") {
                        message.type = object.type;
                        break;
                    }
                    break;
                case "DATA_TYPE_UNSET":
                case 0:
                    message.type = 0;
                    break;
                case "DATA_TYPE_STRING":
                case 1:
                    message.type = 1;
                    break;
                case "DATA_TYPE_BOOL":
                case 2:
                    message.type = 2;
                    break;
                case "DATA_TYPE_FLOAT64":
                case 3:
                    message.type = 3;
                    break;
                }
                if (object.domainDiscrete != null) {
                    if (!$util.isObject(object.domainDiscrete))
                        throw TypeError(".tensorboard.hparams.HParamInfo.domainDiscrete: object expected");
                    message.domainDiscrete = $root.google.protobuf.ListValue.fromObject(object.domainDiscrete, long + 1);
                }
                if (object.domainInterval != null) {
                    if (!$util.isObject(object.domainInterval))
                        throw TypeError(".tensorboard.hparams.HParamInfo.domainInterval: object expected");
                    message.domainInterval = $root.tensorboard.hparams.Interval.fromObject(object.domainInterval, long + 1);
                }
                if (object.differs != null)
                    message.differs = Boolean(object.differs);
                return message;
            };

            /**
             * Creates a plain object from a HParamInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.hparams.HParamInfo
             * @static
             * @param {tensorboard.hparams.HParamInfo} message HParamInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HParamInfo.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.displayName = "";
                    object.description = "";
                    object.type = options.enums === String ? "DATA_TYPE_UNSET" : 0;
                    object.differs = false;
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.displayName != null && Object.hasOwnProperty.call(message, "displayName"))
                    object.displayName = message.displayName;
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === String ? $root.tensorboard.hparams.DataType[message.type] === undefined ? message.type : $root.tensorboard.hparams.DataType[message.type] : message.type;
                if (message.domainDiscrete != null && Object.hasOwnProperty.call(message, "domainDiscrete")) {
                    object.domainDiscrete = $root.google.protobuf.ListValue.toObject(message.domainDiscrete, options, q + 1);
                    if (options.oneofs)
                        object.domain = "domainDiscrete";
                }
                if (message.domainInterval != null && Object.hasOwnProperty.call(message, "domainInterval")) {
                    object.domainInterval = $root.tensorboard.hparams.Interval.toObject(message.domainInterval, options, q + 1);
                    if (options.oneofs)
                        object.domain = "domainInterval";
                }
                if (message.differs != null && Object.hasOwnProperty.call(message, "differs"))
                    object.differs = message.differs;
                return object;
            };

            /**
             * Converts this HParamInfo to JSON.
             * @function toJSON
             * @memberof tensorboard.hparams.HParamInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HParamInfo.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for HParamInfo
             * @function getTypeUrl
             * @memberof tensorboard.hparams.HParamInfo
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            HParamInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.hparams.HParamInfo";
            };

            return HParamInfo;
        })();

        /**
         * DataType enum.
         * @name tensorboard.hparams.DataType
         * @enum {number}
         * @property {number} DATA_TYPE_UNSET=0 DATA_TYPE_UNSET value
         * @property {number} DATA_TYPE_STRING=1 DATA_TYPE_STRING value
         * @property {number} DATA_TYPE_BOOL=2 DATA_TYPE_BOOL value
         * @property {number} DATA_TYPE_FLOAT64=3 DATA_TYPE_FLOAT64 value
         */
        hparams.DataType = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "DATA_TYPE_UNSET"] = 0;
            values[valuesById[1] = "DATA_TYPE_STRING"] = 1;
            values[valuesById[2] = "DATA_TYPE_BOOL"] = 2;
            values[valuesById[3] = "DATA_TYPE_FLOAT64"] = 3;
            return values;
        })();

        hparams.Interval = (function() {

            /**
             * Properties of an Interval.
             * @memberof tensorboard.hparams
             * @interface IInterval
             * @property {number|null} [minValue] Interval minValue
             * @property {number|null} [maxValue] Interval maxValue
             */

            /**
             * Constructs a new Interval.
             * @memberof tensorboard.hparams
             * @classdesc Represents an Interval.
             * @implements IInterval
             * @constructor
             * @param {tensorboard.hparams.IInterval=} [properties] Properties to set
             */
            function Interval(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Interval minValue.
             * @member {number} minValue
             * @memberof tensorboard.hparams.Interval
             * @instance
             */
            Interval.prototype.minValue = 0;

            /**
             * Interval maxValue.
             * @member {number} maxValue
             * @memberof tensorboard.hparams.Interval
             * @instance
             */
            Interval.prototype.maxValue = 0;

            /**
             * Creates a new Interval instance using the specified properties.
             * @function create
             * @memberof tensorboard.hparams.Interval
             * @static
             * @param {tensorboard.hparams.IInterval=} [properties] Properties to set
             * @returns {tensorboard.hparams.Interval} Interval instance
             */
            Interval.create = function create(properties) {
                return new Interval(properties);
            };

            /**
             * Encodes the specified Interval message. Does not implicitly {@link tensorboard.hparams.Interval.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.hparams.Interval
             * @static
             * @param {tensorboard.hparams.IInterval} message Interval message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Interval.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.minValue != null && Object.hasOwnProperty.call(message, "minValue"))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.minValue);
                if (message.maxValue != null && Object.hasOwnProperty.call(message, "maxValue"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.maxValue);
                return writer;
            };

            /**
             * Decodes an Interval message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.hparams.Interval
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.hparams.Interval} Interval
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Interval.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.hparams.Interval();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.minValue = reader.double();
                            break;
                        }
                    case 2: {
                            message.maxValue = reader.double();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies an Interval message.
             * @function verify
             * @memberof tensorboard.hparams.Interval
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Interval.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.minValue != null && Object.hasOwnProperty.call(message, "minValue"))
                    if (typeof message.minValue !== "number")
                        return "minValue: number expected";
                if (message.maxValue != null && Object.hasOwnProperty.call(message, "maxValue"))
                    if (typeof message.maxValue !== "number")
                        return "maxValue: number expected";
                return null;
            };

            /**
             * Creates an Interval message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.hparams.Interval
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.hparams.Interval} Interval
             */
            Interval.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.hparams.Interval)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.hparams.Interval: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.hparams.Interval();
                if (object.minValue != null)
                    message.minValue = Number(object.minValue);
                if (object.maxValue != null)
                    message.maxValue = Number(object.maxValue);
                return message;
            };

            /**
             * Creates a plain object from an Interval message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.hparams.Interval
             * @static
             * @param {tensorboard.hparams.Interval} message Interval
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Interval.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.minValue = 0;
                    object.maxValue = 0;
                }
                if (message.minValue != null && Object.hasOwnProperty.call(message, "minValue"))
                    object.minValue = options.json && !isFinite(message.minValue) ? String(message.minValue) : message.minValue;
                if (message.maxValue != null && Object.hasOwnProperty.call(message, "maxValue"))
                    object.maxValue = options.json && !isFinite(message.maxValue) ? String(message.maxValue) : message.maxValue;
                return object;
            };

            /**
             * Converts this Interval to JSON.
             * @function toJSON
             * @memberof tensorboard.hparams.Interval
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Interval.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Interval
             * @function getTypeUrl
             * @memberof tensorboard.hparams.Interval
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Interval.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.hparams.Interval";
            };

            return Interval;
        })();

        hparams.MetricName = (function() {

            /**
             * Properties of a MetricName.
             * @memberof tensorboard.hparams
             * @interface IMetricName
             * @property {string|null} [group] MetricName group
             * @property {string|null} [tag] MetricName tag
             */

            /**
             * Constructs a new MetricName.
             * @memberof tensorboard.hparams
             * @classdesc Represents a MetricName.
             * @implements IMetricName
             * @constructor
             * @param {tensorboard.hparams.IMetricName=} [properties] Properties to set
             */
            function MetricName(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * MetricName group.
             * @member {string} group
             * @memberof tensorboard.hparams.MetricName
             * @instance
             */
            MetricName.prototype.group = "";

            /**
             * MetricName tag.
             * @member {string} tag
             * @memberof tensorboard.hparams.MetricName
             * @instance
             */
            MetricName.prototype.tag = "";

            /**
             * Creates a new MetricName instance using the specified properties.
             * @function create
             * @memberof tensorboard.hparams.MetricName
             * @static
             * @param {tensorboard.hparams.IMetricName=} [properties] Properties to set
             * @returns {tensorboard.hparams.MetricName} MetricName instance
             */
            MetricName.create = function create(properties) {
                return new MetricName(properties);
            };

            /**
             * Encodes the specified MetricName message. Does not implicitly {@link tensorboard.hparams.MetricName.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.hparams.MetricName
             * @static
             * @param {tensorboard.hparams.IMetricName} message MetricName message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetricName.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.group);
                if (message.tag != null && Object.hasOwnProperty.call(message, "tag"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.tag);
                return writer;
            };

            /**
             * Decodes a MetricName message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.hparams.MetricName
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.hparams.MetricName} MetricName
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetricName.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.hparams.MetricName();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.group = reader.string();
                            break;
                        }
                    case 2: {
                            message.tag = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a MetricName message.
             * @function verify
             * @memberof tensorboard.hparams.MetricName
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MetricName.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                    if (!$util.isString(message.group))
                        return "group: string expected";
                if (message.tag != null && Object.hasOwnProperty.call(message, "tag"))
                    if (!$util.isString(message.tag))
                        return "tag: string expected";
                return null;
            };

            /**
             * Creates a MetricName message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.hparams.MetricName
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.hparams.MetricName} MetricName
             */
            MetricName.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.hparams.MetricName)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.hparams.MetricName: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.hparams.MetricName();
                if (object.group != null)
                    message.group = String(object.group);
                if (object.tag != null)
                    message.tag = String(object.tag);
                return message;
            };

            /**
             * Creates a plain object from a MetricName message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.hparams.MetricName
             * @static
             * @param {tensorboard.hparams.MetricName} message MetricName
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MetricName.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.group = "";
                    object.tag = "";
                }
                if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                    object.group = message.group;
                if (message.tag != null && Object.hasOwnProperty.call(message, "tag"))
                    object.tag = message.tag;
                return object;
            };

            /**
             * Converts this MetricName to JSON.
             * @function toJSON
             * @memberof tensorboard.hparams.MetricName
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MetricName.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for MetricName
             * @function getTypeUrl
             * @memberof tensorboard.hparams.MetricName
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            MetricName.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.hparams.MetricName";
            };

            return MetricName;
        })();

        hparams.MetricInfo = (function() {

            /**
             * Properties of a MetricInfo.
             * @memberof tensorboard.hparams
             * @interface IMetricInfo
             * @property {tensorboard.hparams.IMetricName|null} [name] MetricInfo name
             * @property {string|null} [displayName] MetricInfo displayName
             * @property {string|null} [description] MetricInfo description
             * @property {tensorboard.hparams.DatasetType|null} [datasetType] MetricInfo datasetType
             */

            /**
             * Constructs a new MetricInfo.
             * @memberof tensorboard.hparams
             * @classdesc Represents a MetricInfo.
             * @implements IMetricInfo
             * @constructor
             * @param {tensorboard.hparams.IMetricInfo=} [properties] Properties to set
             */
            function MetricInfo(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * MetricInfo name.
             * @member {tensorboard.hparams.IMetricName|null|undefined} name
             * @memberof tensorboard.hparams.MetricInfo
             * @instance
             */
            MetricInfo.prototype.name = null;

            /**
             * MetricInfo displayName.
             * @member {string} displayName
             * @memberof tensorboard.hparams.MetricInfo
             * @instance
             */
            MetricInfo.prototype.displayName = "";

            /**
             * MetricInfo description.
             * @member {string} description
             * @memberof tensorboard.hparams.MetricInfo
             * @instance
             */
            MetricInfo.prototype.description = "";

            /**
             * MetricInfo datasetType.
             * @member {tensorboard.hparams.DatasetType} datasetType
             * @memberof tensorboard.hparams.MetricInfo
             * @instance
             */
            MetricInfo.prototype.datasetType = 0;

            /**
             * Creates a new MetricInfo instance using the specified properties.
             * @function create
             * @memberof tensorboard.hparams.MetricInfo
             * @static
             * @param {tensorboard.hparams.IMetricInfo=} [properties] Properties to set
             * @returns {tensorboard.hparams.MetricInfo} MetricInfo instance
             */
            MetricInfo.create = function create(properties) {
                return new MetricInfo(properties);
            };

            /**
             * Encodes the specified MetricInfo message. Does not implicitly {@link tensorboard.hparams.MetricInfo.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.hparams.MetricInfo
             * @static
             * @param {tensorboard.hparams.IMetricInfo} message MetricInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetricInfo.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    $root.tensorboard.hparams.MetricName.encode(message.name, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.displayName != null && Object.hasOwnProperty.call(message, "displayName"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.displayName);
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                if (message.datasetType != null && Object.hasOwnProperty.call(message, "datasetType"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.datasetType);
                return writer;
            };

            /**
             * Decodes a MetricInfo message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.hparams.MetricInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.hparams.MetricInfo} MetricInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetricInfo.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.hparams.MetricInfo();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = $root.tensorboard.hparams.MetricName.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.displayName = reader.string();
                            break;
                        }
                    case 4: {
                            message.description = reader.string();
                            break;
                        }
                    case 5: {
                            message.datasetType = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a MetricInfo message.
             * @function verify
             * @memberof tensorboard.hparams.MetricInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MetricInfo.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.name != null && Object.hasOwnProperty.call(message, "name")) {
                    let error = $root.tensorboard.hparams.MetricName.verify(message.name, long + 1);
                    if (error)
                        return "name." + error;
                }
                if (message.displayName != null && Object.hasOwnProperty.call(message, "displayName"))
                    if (!$util.isString(message.displayName))
                        return "displayName: string expected";
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    if (!$util.isString(message.description))
                        return "description: string expected";
                if (message.datasetType != null && Object.hasOwnProperty.call(message, "datasetType"))
                    switch (message.datasetType) {
                    default:
                        return "datasetType: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                return null;
            };

            /**
             * Creates a MetricInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.hparams.MetricInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.hparams.MetricInfo} MetricInfo
             */
            MetricInfo.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.hparams.MetricInfo)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.hparams.MetricInfo: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.hparams.MetricInfo();
                if (object.name != null) {
                    if (!$util.isObject(object.name))
                        throw TypeError(".tensorboard.hparams.MetricInfo.name: object expected");
                    message.name = $root.tensorboard.hparams.MetricName.fromObject(object.name, long + 1);
                }
                if (object.displayName != null)
                    message.displayName = String(object.displayName);
                if (object.description != null)
                    message.description = String(object.description);
                switch (object.datasetType) {
                default:
                    if (typeof object.datasetType === "number") {
                        message.datasetType = object.datasetType;
                        break;
                    }
                    break;
                case "DATASET_UNKNOWN":
                case 0:
                    message.datasetType = 0;
                    break;
                case "DATASET_TRAINING":
                case 1:
                    message.datasetType = 1;
                    break;
                case "DATASET_VALIDATION":
                case 2:
                    message.datasetType = 2;
                    break;
                }
                return message;
            };

            /**
             * Creates a plain object from a MetricInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.hparams.MetricInfo
             * @static
             * @param {tensorboard.hparams.MetricInfo} message MetricInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MetricInfo.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = null;
                    object.displayName = "";
                    object.description = "";
                    object.datasetType = options.enums === String ? "DATASET_UNKNOWN" : 0;
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = $root.tensorboard.hparams.MetricName.toObject(message.name, options, q + 1);
                if (message.displayName != null && Object.hasOwnProperty.call(message, "displayName"))
                    object.displayName = message.displayName;
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.datasetType != null && Object.hasOwnProperty.call(message, "datasetType"))
                    object.datasetType = options.enums === String ? $root.tensorboard.hparams.DatasetType[message.datasetType] === undefined ? message.datasetType : $root.tensorboard.hparams.DatasetType[message.datasetType] : message.datasetType;
                return object;
            };

            /**
             * Converts this MetricInfo to JSON.
             * @function toJSON
             * @memberof tensorboard.hparams.MetricInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MetricInfo.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for MetricInfo
             * @function getTypeUrl
             * @memberof tensorboard.hparams.MetricInfo
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            MetricInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.hparams.MetricInfo";
            };

            return MetricInfo;
        })();

        /**
         * DatasetType enum.
         * @name tensorboard.hparams.DatasetType
         * @enum {number}
         * @property {number} DATASET_UNKNOWN=0 DATASET_UNKNOWN value
         * @property {number} DATASET_TRAINING=1 DATASET_TRAINING value
         * @property {number} DATASET_VALIDATION=2 DATASET_VALIDATION value
         */
        hparams.DatasetType = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "DATASET_UNKNOWN"] = 0;
            values[valuesById[1] = "DATASET_TRAINING"] = 1;
            values[valuesById[2] = "DATASET_VALIDATION"] = 2;
            return values;
        })();

        /**
         * Status enum.
         * @name tensorboard.hparams.Status
         * @enum {number}
         * @property {number} STATUS_UNKNOWN=0 STATUS_UNKNOWN value
         * @property {number} STATUS_SUCCESS=1 STATUS_SUCCESS value
         * @property {number} STATUS_FAILURE=2 STATUS_FAILURE value
         * @property {number} STATUS_RUNNING=3 STATUS_RUNNING value
         */
        hparams.Status = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "STATUS_UNKNOWN"] = 0;
            values[valuesById[1] = "STATUS_SUCCESS"] = 1;
            values[valuesById[2] = "STATUS_FAILURE"] = 2;
            values[valuesById[3] = "STATUS_RUNNING"] = 3;
            return values;
        })();

        return hparams;
    })();

    tensorboard.Layout = (function() {

        /**
         * Properties of a Layout.
         * @memberof tensorboard
         * @interface ILayout
         * @property {number|null} [version] Layout version
         * @property {Array.<tensorboard.ICategory>|null} [category] Layout category
         */

        /**
         * Constructs a new Layout.
         * @memberof tensorboard
         * @classdesc Represents a Layout.
         * @implements ILayout
         * @constructor
         * @param {tensorboard.ILayout=} [properties] Properties to set
         */
        function Layout(properties) {
            this.category = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Layout version.
         * @member {number} version
         * @memberof tensorboard.Layout
         * @instance
         */
        Layout.prototype.version = 0;

        /**
         * Layout category.
         * @member {Array.<tensorboard.ICategory>} category
         * @memberof tensorboard.Layout
         * @instance
         */
        Layout.prototype.category = $util.emptyArray;

        /**
         * Creates a new Layout instance using the specified properties.
         * @function create
         * @memberof tensorboard.Layout
         * @static
         * @param {tensorboard.ILayout=} [properties] Properties to set
         * @returns {tensorboard.Layout} Layout instance
         */
        Layout.create = function create(properties) {
            return new Layout(properties);
        };

        /**
         * Encodes the specified Layout message. Does not implicitly {@link tensorboard.Layout.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.Layout
         * @static
         * @param {tensorboard.ILayout} message Layout message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Layout.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.version);
            if (message.category != null && message.category.length)
                for (let i = 0; i < message.category.length; ++i)
                    $root.tensorboard.Category.encode(message.category[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a Layout message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.Layout
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.Layout} Layout
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Layout.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.Layout();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.version = reader.int32();
                        break;
                    }
                case 2: {
                        if (!(message.category && message.category.length))
                            message.category = [];
                        message.category.push($root.tensorboard.Category.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a Layout message.
         * @function verify
         * @memberof tensorboard.Layout
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Layout.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            if (message.category != null && Object.hasOwnProperty.call(message, "category")) {
                if (!Array.isArray(message.category))
                    return "category: array expected";
                for (let i = 0; i < message.category.length; ++i) {
                    let error = $root.tensorboard.Category.verify(message.category[i], long + 1);
                    if (error)
                        return "category." + error;
                }
            }
            return null;
        };

        /**
         * Creates a Layout message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.Layout
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.Layout} Layout
         */
        Layout.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.Layout)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.Layout: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.Layout();
            if (object.version != null)
                message.version = object.version | 0;
            if (object.category) {
                if (!Array.isArray(object.category))
                    throw TypeError(".tensorboard.Layout.category: array expected");
                message.category = [];
                for (let i = 0; i < object.category.length; ++i) {
                    if (!$util.isObject(object.category[i]))
                        throw TypeError(".tensorboard.Layout.category: object expected");
                    message.category[i] = $root.tensorboard.Category.fromObject(object.category[i], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a Layout message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.Layout
         * @static
         * @param {tensorboard.Layout} message Layout
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Layout.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.category = [];
            if (options.defaults)
                object.version = 0;
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.category && message.category.length) {
                object.category = [];
                for (let j = 0; j < message.category.length; ++j)
                    object.category[j] = $root.tensorboard.Category.toObject(message.category[j], options, q + 1);
            }
            return object;
        };

        /**
         * Converts this Layout to JSON.
         * @function toJSON
         * @memberof tensorboard.Layout
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Layout.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for Layout
         * @function getTypeUrl
         * @memberof tensorboard.Layout
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Layout.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.Layout";
        };

        return Layout;
    })();

    tensorboard.Category = (function() {

        /**
         * Properties of a Category.
         * @memberof tensorboard
         * @interface ICategory
         * @property {string|null} [title] Category title
         * @property {Array.<tensorboard.IChart>|null} [chart] Category chart
         * @property {boolean|null} [closed] Category closed
         */

        /**
         * Constructs a new Category.
         * @memberof tensorboard
         * @classdesc Represents a Category.
         * @implements ICategory
         * @constructor
         * @param {tensorboard.ICategory=} [properties] Properties to set
         */
        function Category(properties) {
            this.chart = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Category title.
         * @member {string} title
         * @memberof tensorboard.Category
         * @instance
         */
        Category.prototype.title = "";

        /**
         * Category chart.
         * @member {Array.<tensorboard.IChart>} chart
         * @memberof tensorboard.Category
         * @instance
         */
        Category.prototype.chart = $util.emptyArray;

        /**
         * Category closed.
         * @member {boolean} closed
         * @memberof tensorboard.Category
         * @instance
         */
        Category.prototype.closed = false;

        /**
         * Creates a new Category instance using the specified properties.
         * @function create
         * @memberof tensorboard.Category
         * @static
         * @param {tensorboard.ICategory=} [properties] Properties to set
         * @returns {tensorboard.Category} Category instance
         */
        Category.create = function create(properties) {
            return new Category(properties);
        };

        /**
         * Encodes the specified Category message. Does not implicitly {@link tensorboard.Category.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.Category
         * @static
         * @param {tensorboard.ICategory} message Category message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Category.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.title != null && Object.hasOwnProperty.call(message, "title"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.title);
            if (message.chart != null && message.chart.length)
                for (let i = 0; i < message.chart.length; ++i)
                    $root.tensorboard.Chart.encode(message.chart[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.closed != null && Object.hasOwnProperty.call(message, "closed"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.closed);
            return writer;
        };

        /**
         * Decodes a Category message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.Category
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.Category} Category
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Category.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.Category();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.title = reader.string();
                        break;
                    }
                case 2: {
                        if (!(message.chart && message.chart.length))
                            message.chart = [];
                        message.chart.push($root.tensorboard.Chart.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 3: {
                        message.closed = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a Category message.
         * @function verify
         * @memberof tensorboard.Category
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Category.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.title != null && Object.hasOwnProperty.call(message, "title"))
                if (!$util.isString(message.title))
                    return "title: string expected";
            if (message.chart != null && Object.hasOwnProperty.call(message, "chart")) {
                if (!Array.isArray(message.chart))
                    return "chart: array expected";
                for (let i = 0; i < message.chart.length; ++i) {
                    let error = $root.tensorboard.Chart.verify(message.chart[i], long + 1);
                    if (error)
                        return "chart." + error;
                }
            }
            if (message.closed != null && Object.hasOwnProperty.call(message, "closed"))
                if (typeof message.closed !== "boolean")
                    return "closed: boolean expected";
            return null;
        };

        /**
         * Creates a Category message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.Category
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.Category} Category
         */
        Category.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.Category)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.Category: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.Category();
            if (object.title != null)
                message.title = String(object.title);
            if (object.chart) {
                if (!Array.isArray(object.chart))
                    throw TypeError(".tensorboard.Category.chart: array expected");
                message.chart = [];
                for (let i = 0; i < object.chart.length; ++i) {
                    if (!$util.isObject(object.chart[i]))
                        throw TypeError(".tensorboard.Category.chart: object expected");
                    message.chart[i] = $root.tensorboard.Chart.fromObject(object.chart[i], long + 1);
                }
            }
            if (object.closed != null)
                message.closed = Boolean(object.closed);
            return message;
        };

        /**
         * Creates a plain object from a Category message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.Category
         * @static
         * @param {tensorboard.Category} message Category
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Category.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.chart = [];
            if (options.defaults) {
                object.title = "";
                object.closed = false;
            }
            if (message.title != null && Object.hasOwnProperty.call(message, "title"))
                object.title = message.title;
            if (message.chart && message.chart.length) {
                object.chart = [];
                for (let j = 0; j < message.chart.length; ++j)
                    object.chart[j] = $root.tensorboard.Chart.toObject(message.chart[j], options, q + 1);
            }
            if (message.closed != null && Object.hasOwnProperty.call(message, "closed"))
                object.closed = message.closed;
            return object;
        };

        /**
         * Converts this Category to JSON.
         * @function toJSON
         * @memberof tensorboard.Category
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Category.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for Category
         * @function getTypeUrl
         * @memberof tensorboard.Category
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Category.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.Category";
        };

        return Category;
    })();

    tensorboard.Chart = (function() {

        /**
         * Properties of a Chart.
         * @memberof tensorboard
         * @interface IChart
         * @property {string|null} [title] Chart title
         * @property {tensorboard.IMultilineChartContent|null} [multiline] Chart multiline
         * @property {tensorboard.IMarginChartContent|null} [margin] Chart margin
         */

        /**
         * Constructs a new Chart.
         * @memberof tensorboard
         * @classdesc Represents a Chart.
         * @implements IChart
         * @constructor
         * @param {tensorboard.IChart=} [properties] Properties to set
         */
        function Chart(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Chart title.
         * @member {string} title
         * @memberof tensorboard.Chart
         * @instance
         */
        Chart.prototype.title = "";

        /**
         * Chart multiline.
         * @member {tensorboard.IMultilineChartContent|null|undefined} multiline
         * @memberof tensorboard.Chart
         * @instance
         */
        Chart.prototype.multiline = null;

        /**
         * Chart margin.
         * @member {tensorboard.IMarginChartContent|null|undefined} margin
         * @memberof tensorboard.Chart
         * @instance
         */
        Chart.prototype.margin = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Chart content.
         * @member {"multiline"|"margin"|undefined} content
         * @memberof tensorboard.Chart
         * @instance
         */
        Object.defineProperty(Chart.prototype, "content", {
            get: $util.oneOfGetter($oneOfFields = ["multiline", "margin"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Chart instance using the specified properties.
         * @function create
         * @memberof tensorboard.Chart
         * @static
         * @param {tensorboard.IChart=} [properties] Properties to set
         * @returns {tensorboard.Chart} Chart instance
         */
        Chart.create = function create(properties) {
            return new Chart(properties);
        };

        /**
         * Encodes the specified Chart message. Does not implicitly {@link tensorboard.Chart.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.Chart
         * @static
         * @param {tensorboard.IChart} message Chart message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Chart.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.title != null && Object.hasOwnProperty.call(message, "title"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.title);
            if (message.multiline != null && Object.hasOwnProperty.call(message, "multiline"))
                $root.tensorboard.MultilineChartContent.encode(message.multiline, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.margin != null && Object.hasOwnProperty.call(message, "margin"))
                $root.tensorboard.MarginChartContent.encode(message.margin, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a Chart message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.Chart
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.Chart} Chart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Chart.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.Chart();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.title = reader.string();
                        break;
                    }
                case 2: {
                        message.multiline = $root.tensorboard.MultilineChartContent.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 3: {
                        message.margin = $root.tensorboard.MarginChartContent.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a Chart message.
         * @function verify
         * @memberof tensorboard.Chart
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Chart.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            let properties = {};
            if (message.title != null && Object.hasOwnProperty.call(message, "title"))
                if (!$util.isString(message.title))
                    return "title: string expected";
            if (message.multiline != null && Object.hasOwnProperty.call(message, "multiline")) {
                properties.content = 1;
                {
                    let error = $root.tensorboard.MultilineChartContent.verify(message.multiline, long + 1);
                    if (error)
                        return "multiline." + error;
                }
            }
            if (message.margin != null && Object.hasOwnProperty.call(message, "margin")) {
                if (properties.content === 1)
                    return "content: multiple values";
                properties.content = 1;
                {
                    let error = $root.tensorboard.MarginChartContent.verify(message.margin, long + 1);
                    if (error)
                        return "margin." + error;
                }
            }
            return null;
        };

        /**
         * Creates a Chart message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.Chart
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.Chart} Chart
         */
        Chart.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.Chart)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.Chart: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.Chart();
            if (object.title != null)
                message.title = String(object.title);
            if (object.multiline != null) {
                if (!$util.isObject(object.multiline))
                    throw TypeError(".tensorboard.Chart.multiline: object expected");
                message.multiline = $root.tensorboard.MultilineChartContent.fromObject(object.multiline, long + 1);
            }
            if (object.margin != null) {
                if (!$util.isObject(object.margin))
                    throw TypeError(".tensorboard.Chart.margin: object expected");
                message.margin = $root.tensorboard.MarginChartContent.fromObject(object.margin, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a Chart message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.Chart
         * @static
         * @param {tensorboard.Chart} message Chart
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Chart.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.title = "";
            if (message.title != null && Object.hasOwnProperty.call(message, "title"))
                object.title = message.title;
            if (message.multiline != null && Object.hasOwnProperty.call(message, "multiline")) {
                object.multiline = $root.tensorboard.MultilineChartContent.toObject(message.multiline, options, q + 1);
                if (options.oneofs)
                    object.content = "multiline";
            }
            if (message.margin != null && Object.hasOwnProperty.call(message, "margin")) {
                object.margin = $root.tensorboard.MarginChartContent.toObject(message.margin, options, q + 1);
                if (options.oneofs)
                    object.content = "margin";
            }
            return object;
        };

        /**
         * Converts this Chart to JSON.
         * @function toJSON
         * @memberof tensorboard.Chart
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Chart.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for Chart
         * @function getTypeUrl
         * @memberof tensorboard.Chart
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Chart.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.Chart";
        };

        return Chart;
    })();

    tensorboard.MultilineChartContent = (function() {

        /**
         * Properties of a MultilineChartContent.
         * @memberof tensorboard
         * @interface IMultilineChartContent
         * @property {Array.<string>|null} [tag] MultilineChartContent tag
         */

        /**
         * Constructs a new MultilineChartContent.
         * @memberof tensorboard
         * @classdesc Represents a MultilineChartContent.
         * @implements IMultilineChartContent
         * @constructor
         * @param {tensorboard.IMultilineChartContent=} [properties] Properties to set
         */
        function MultilineChartContent(properties) {
            this.tag = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MultilineChartContent tag.
         * @member {Array.<string>} tag
         * @memberof tensorboard.MultilineChartContent
         * @instance
         */
        MultilineChartContent.prototype.tag = $util.emptyArray;

        /**
         * Creates a new MultilineChartContent instance using the specified properties.
         * @function create
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {tensorboard.IMultilineChartContent=} [properties] Properties to set
         * @returns {tensorboard.MultilineChartContent} MultilineChartContent instance
         */
        MultilineChartContent.create = function create(properties) {
            return new MultilineChartContent(properties);
        };

        /**
         * Encodes the specified MultilineChartContent message. Does not implicitly {@link tensorboard.MultilineChartContent.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {tensorboard.IMultilineChartContent} message MultilineChartContent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MultilineChartContent.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.tag != null && message.tag.length)
                for (let i = 0; i < message.tag.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.tag[i]);
            return writer;
        };

        /**
         * Decodes a MultilineChartContent message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.MultilineChartContent} MultilineChartContent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MultilineChartContent.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.MultilineChartContent();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.tag && message.tag.length))
                            message.tag = [];
                        message.tag.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a MultilineChartContent message.
         * @function verify
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MultilineChartContent.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.tag != null && Object.hasOwnProperty.call(message, "tag")) {
                if (!Array.isArray(message.tag))
                    return "tag: array expected";
                for (let i = 0; i < message.tag.length; ++i)
                    if (!$util.isString(message.tag[i]))
                        return "tag: string[] expected";
            }
            return null;
        };

        /**
         * Creates a MultilineChartContent message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.MultilineChartContent} MultilineChartContent
         */
        MultilineChartContent.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.MultilineChartContent)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.MultilineChartContent: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.MultilineChartContent();
            if (object.tag) {
                if (!Array.isArray(object.tag))
                    throw TypeError(".tensorboard.MultilineChartContent.tag: array expected");
                message.tag = [];
                for (let i = 0; i < object.tag.length; ++i)
                    message.tag[i] = String(object.tag[i]);
            }
            return message;
        };

        /**
         * Creates a plain object from a MultilineChartContent message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {tensorboard.MultilineChartContent} message MultilineChartContent
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MultilineChartContent.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.tag = [];
            if (message.tag && message.tag.length) {
                object.tag = [];
                for (let j = 0; j < message.tag.length; ++j)
                    object.tag[j] = message.tag[j];
            }
            return object;
        };

        /**
         * Converts this MultilineChartContent to JSON.
         * @function toJSON
         * @memberof tensorboard.MultilineChartContent
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MultilineChartContent.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for MultilineChartContent
         * @function getTypeUrl
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MultilineChartContent.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.MultilineChartContent";
        };

        return MultilineChartContent;
    })();

    tensorboard.MarginChartContent = (function() {

        /**
         * Properties of a MarginChartContent.
         * @memberof tensorboard
         * @interface IMarginChartContent
         * @property {Array.<tensorboard.MarginChartContent.ISeries>|null} [series] MarginChartContent series
         */

        /**
         * Constructs a new MarginChartContent.
         * @memberof tensorboard
         * @classdesc Represents a MarginChartContent.
         * @implements IMarginChartContent
         * @constructor
         * @param {tensorboard.IMarginChartContent=} [properties] Properties to set
         */
        function MarginChartContent(properties) {
            this.series = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MarginChartContent series.
         * @member {Array.<tensorboard.MarginChartContent.ISeries>} series
         * @memberof tensorboard.MarginChartContent
         * @instance
         */
        MarginChartContent.prototype.series = $util.emptyArray;

        /**
         * Creates a new MarginChartContent instance using the specified properties.
         * @function create
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {tensorboard.IMarginChartContent=} [properties] Properties to set
         * @returns {tensorboard.MarginChartContent} MarginChartContent instance
         */
        MarginChartContent.create = function create(properties) {
            return new MarginChartContent(properties);
        };

        /**
         * Encodes the specified MarginChartContent message. Does not implicitly {@link tensorboard.MarginChartContent.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {tensorboard.IMarginChartContent} message MarginChartContent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MarginChartContent.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.series != null && message.series.length)
                for (let i = 0; i < message.series.length; ++i)
                    $root.tensorboard.MarginChartContent.Series.encode(message.series[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a MarginChartContent message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.MarginChartContent} MarginChartContent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MarginChartContent.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tensorboard.MarginChartContent();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.series && message.series.length))
                            message.series = [];
                        message.series.push($root.tensorboard.MarginChartContent.Series.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Verifies a MarginChartContent message.
         * @function verify
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MarginChartContent.verify = function verify(message, long) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                return "maximum nesting depth exceeded";
            if (message.series != null && Object.hasOwnProperty.call(message, "series")) {
                if (!Array.isArray(message.series))
                    return "series: array expected";
                for (let i = 0; i < message.series.length; ++i) {
                    let error = $root.tensorboard.MarginChartContent.Series.verify(message.series[i], long + 1);
                    if (error)
                        return "series." + error;
                }
            }
            return null;
        };

        /**
         * Creates a MarginChartContent message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.MarginChartContent} MarginChartContent
         */
        MarginChartContent.fromObject = function fromObject(object, long) {
            if (object instanceof $root.tensorboard.MarginChartContent)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".tensorboard.MarginChartContent: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.tensorboard.MarginChartContent();
            if (object.series) {
                if (!Array.isArray(object.series))
                    throw TypeError(".tensorboard.MarginChartContent.series: array expected");
                message.series = [];
                for (let i = 0; i < object.series.length; ++i) {
                    if (!$util.isObject(object.series[i]))
                        throw TypeError(".tensorboard.MarginChartContent.series: object expected");
                    message.series[i] = $root.tensorboard.MarginChartContent.Series.fromObject(object.series[i], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a MarginChartContent message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {tensorboard.MarginChartContent} message MarginChartContent
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MarginChartContent.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.series = [];
            if (message.series && message.series.length) {
                object.series = [];
                for (let j = 0; j < message.series.length; ++j)
                    object.series[j] = $root.tensorboard.MarginChartContent.Series.toObject(message.series[j], options, q + 1);
            }
            return object;
        };

        /**
         * Converts this MarginChartContent to JSON.
         * @function toJSON
         * @memberof tensorboard.MarginChartContent
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MarginChartContent.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the default type url for MarginChartContent
         * @function getTypeUrl
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MarginChartContent.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tensorboard.MarginChartContent";
        };

        MarginChartContent.Series = (function() {

            /**
             * Properties of a Series.
             * @memberof tensorboard.MarginChartContent
             * @interface ISeries
             * @property {string|null} [value] Series value
             * @property {string|null} [lower] Series lower
             * @property {string|null} [upper] Series upper
             */

            /**
             * Constructs a new Series.
             * @memberof tensorboard.MarginChartContent
             * @classdesc Represents a Series.
             * @implements ISeries
             * @constructor
             * @param {tensorboard.MarginChartContent.ISeries=} [properties] Properties to set
             */
            function Series(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Series value.
             * @member {string} value
             * @memberof tensorboard.MarginChartContent.Series
             * @instance
             */
            Series.prototype.value = "";

            /**
             * Series lower.
             * @member {string} lower
             * @memberof tensorboard.MarginChartContent.Series
             * @instance
             */
            Series.prototype.lower = "";

            /**
             * Series upper.
             * @member {string} upper
             * @memberof tensorboard.MarginChartContent.Series
             * @instance
             */
            Series.prototype.upper = "";

            /**
             * Creates a new Series instance using the specified properties.
             * @function create
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {tensorboard.MarginChartContent.ISeries=} [properties] Properties to set
             * @returns {tensorboard.MarginChartContent.Series} Series instance
             */
            Series.create = function create(properties) {
                return new Series(properties);
            };

            /**
             * Encodes the specified Series message. Does not implicitly {@link tensorboard.MarginChartContent.Series.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {tensorboard.MarginChartContent.ISeries} message Series message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Series.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                if (message.lower != null && Object.hasOwnProperty.call(message, "lower"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.lower);
                if (message.upper != null && Object.hasOwnProperty.call(message, "upper"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.upper);
                return writer;
            };

            /**
             * Decodes a Series message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.MarginChartContent.Series} Series
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Series.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tensorboard.MarginChartContent.Series();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.string();
                            break;
                        }
                    case 2: {
                            message.lower = reader.string();
                            break;
                        }
                    case 3: {
                            message.upper = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Series message.
             * @function verify
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Series.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isString(message.value))
                        return "value: string expected";
                if (message.lower != null && Object.hasOwnProperty.call(message, "lower"))
                    if (!$util.isString(message.lower))
                        return "lower: string expected";
                if (message.upper != null && Object.hasOwnProperty.call(message, "upper"))
                    if (!$util.isString(message.upper))
                        return "upper: string expected";
                return null;
            };

            /**
             * Creates a Series message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.MarginChartContent.Series} Series
             */
            Series.fromObject = function fromObject(object, long) {
                if (object instanceof $root.tensorboard.MarginChartContent.Series)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".tensorboard.MarginChartContent.Series: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.tensorboard.MarginChartContent.Series();
                if (object.value != null)
                    message.value = String(object.value);
                if (object.lower != null)
                    message.lower = String(object.lower);
                if (object.upper != null)
                    message.upper = String(object.upper);
                return message;
            };

            /**
             * Creates a plain object from a Series message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {tensorboard.MarginChartContent.Series} message Series
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Series.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.value = "";
                    object.lower = "";
                    object.upper = "";
                }
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                if (message.lower != null && Object.hasOwnProperty.call(message, "lower"))
                    object.lower = message.lower;
                if (message.upper != null && Object.hasOwnProperty.call(message, "upper"))
                    object.upper = message.upper;
                return object;
            };

            /**
             * Converts this Series to JSON.
             * @function toJSON
             * @memberof tensorboard.MarginChartContent.Series
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Series.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Series
             * @function getTypeUrl
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Series.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tensorboard.MarginChartContent.Series";
            };

            return Series;
        })();

        return MarginChartContent;
    })();

    return tensorboard;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Struct = (function() {

            /**
             * Properties of a Struct.
             * @memberof google.protobuf
             * @interface IStruct
             * @property {Object.<string,google.protobuf.IValue>|null} [fields] Struct fields
             */

            /**
             * Constructs a new Struct.
             * @memberof google.protobuf
             * @classdesc Represents a Struct.
             * @implements IStruct
             * @constructor
             * @param {google.protobuf.IStruct=} [properties] Properties to set
             */
            function Struct(properties) {
                this.fields = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Struct fields.
             * @member {Object.<string,google.protobuf.IValue>} fields
             * @memberof google.protobuf.Struct
             * @instance
             */
            Struct.prototype.fields = $util.emptyObject;

            /**
             * Creates a new Struct instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.IStruct=} [properties] Properties to set
             * @returns {google.protobuf.Struct} Struct instance
             */
            Struct.create = function create(properties) {
                return new Struct(properties);
            };

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.IStruct} message Struct message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Struct.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.fields != null && Object.hasOwnProperty.call(message, "fields"))
                    for (let keys = Object.keys(message.fields), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.google.protobuf.Value.encode(message.fields[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim().ldelim();
                    }
                return writer;
            };

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Struct
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Struct} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Struct.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Struct();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (message.fields === $util.emptyObject)
                                message.fields = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = $root.google.protobuf.Value.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.fields, key);
                            message.fields[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Struct message.
             * @function verify
             * @memberof google.protobuf.Struct
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Struct.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.fields != null && Object.hasOwnProperty.call(message, "fields")) {
                    if (!$util.isObject(message.fields))
                        return "fields: object expected";
                    let key = Object.keys(message.fields);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.google.protobuf.Value.verify(message.fields[key[i]], long + 1);
                        if (error)
                            return "fields." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Struct message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Struct
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Struct} Struct
             */
            Struct.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.Struct)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.Struct: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.Struct();
                if (object.fields) {
                    if (!$util.isObject(object.fields))
                        throw TypeError(".google.protobuf.Struct.fields: object expected");
                    message.fields = {};
                    for (let keys = Object.keys(object.fields), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.fields, keys[i]);
                        if (!$util.isObject(object.fields[keys[i]]))
                            throw TypeError(".google.protobuf.Struct.fields: object expected");
                        message.fields[keys[i]] = $root.google.protobuf.Value.fromObject(object.fields[keys[i]], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Struct message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct} message Struct
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Struct.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.fields = {};
                let keys2;
                if (message.fields && (keys2 = Object.keys(message.fields)).length) {
                    object.fields = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.fields, keys2[j]);
                        object.fields[keys2[j]] = $root.google.protobuf.Value.toObject(message.fields[keys2[j]], options, q + 1);
                    }
                }
                return object;
            };

            /**
             * Converts this Struct to JSON.
             * @function toJSON
             * @memberof google.protobuf.Struct
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Struct.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Struct
             * @function getTypeUrl
             * @memberof google.protobuf.Struct
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Struct.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Struct";
            };

            return Struct;
        })();

        protobuf.Value = (function() {

            /**
             * Properties of a Value.
             * @memberof google.protobuf
             * @interface IValue
             * @property {google.protobuf.NullValue|null} [nullValue] Value nullValue
             * @property {number|null} [numberValue] Value numberValue
             * @property {string|null} [stringValue] Value stringValue
             * @property {boolean|null} [boolValue] Value boolValue
             * @property {google.protobuf.IStruct|null} [structValue] Value structValue
             * @property {google.protobuf.IListValue|null} [listValue] Value listValue
             */

            /**
             * Constructs a new Value.
             * @memberof google.protobuf
             * @classdesc Represents a Value.
             * @implements IValue
             * @constructor
             * @param {google.protobuf.IValue=} [properties] Properties to set
             */
            function Value(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Value nullValue.
             * @member {google.protobuf.NullValue|null|undefined} nullValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.nullValue = null;

            /**
             * Value numberValue.
             * @member {number|null|undefined} numberValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.numberValue = null;

            /**
             * Value stringValue.
             * @member {string|null|undefined} stringValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.stringValue = null;

            /**
             * Value boolValue.
             * @member {boolean|null|undefined} boolValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.boolValue = null;

            /**
             * Value structValue.
             * @member {google.protobuf.IStruct|null|undefined} structValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.structValue = null;

            /**
             * Value listValue.
             * @member {google.protobuf.IListValue|null|undefined} listValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.listValue = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Value kind.
             * @member {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"|undefined} kind
             * @memberof google.protobuf.Value
             * @instance
             */
            Object.defineProperty(Value.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["nullValue", "numberValue", "stringValue", "boolValue", "structValue", "listValue"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.IValue=} [properties] Properties to set
             * @returns {google.protobuf.Value} Value instance
             */
            Value.create = function create(properties) {
                return new Value(properties);
            };

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.IValue} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.nullValue != null && Object.hasOwnProperty.call(message, "nullValue"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.nullValue);
                if (message.numberValue != null && Object.hasOwnProperty.call(message, "numberValue"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.numberValue);
                if (message.stringValue != null && Object.hasOwnProperty.call(message, "stringValue"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.stringValue);
                if (message.boolValue != null && Object.hasOwnProperty.call(message, "boolValue"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.boolValue);
                if (message.structValue != null && Object.hasOwnProperty.call(message, "structValue"))
                    $root.google.protobuf.Struct.encode(message.structValue, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.listValue != null && Object.hasOwnProperty.call(message, "listValue"))
                    $root.google.protobuf.ListValue.encode(message.listValue, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Value} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Value();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.nullValue = reader.int32();
                            break;
                        }
                    case 2: {
                            message.numberValue = reader.double();
                            break;
                        }
                    case 3: {
                            message.stringValue = reader.string();
                            break;
                        }
                    case 4: {
                            message.boolValue = reader.bool();
                            break;
                        }
                    case 5: {
                            message.structValue = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.listValue = $root.google.protobuf.ListValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Value message.
             * @function verify
             * @memberof google.protobuf.Value
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Value.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                let properties = {};
                if (message.nullValue != null && Object.hasOwnProperty.call(message, "nullValue")) {
                    properties.kind = 1;
                    switch (message.nullValue) {
                    default:
                        return "nullValue: enum value expected";
                    case 0:
                        break;
                    }
                }
                if (message.numberValue != null && Object.hasOwnProperty.call(message, "numberValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (typeof message.numberValue !== "number")
                        return "numberValue: number expected";
                }
                if (message.stringValue != null && Object.hasOwnProperty.call(message, "stringValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (!$util.isString(message.stringValue))
                        return "stringValue: string expected";
                }
                if (message.boolValue != null && Object.hasOwnProperty.call(message, "boolValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (typeof message.boolValue !== "boolean")
                        return "boolValue: boolean expected";
                }
                if (message.structValue != null && Object.hasOwnProperty.call(message, "structValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.google.protobuf.Struct.verify(message.structValue, long + 1);
                        if (error)
                            return "structValue." + error;
                    }
                }
                if (message.listValue != null && Object.hasOwnProperty.call(message, "listValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.google.protobuf.ListValue.verify(message.listValue, long + 1);
                        if (error)
                            return "listValue." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Value} Value
             */
            Value.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.Value)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.Value: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.Value();
                switch (object.nullValue) {
                default:
                    if (typeof object.nullValue === "number") {
                        message.nullValue = object.nullValue;
                        break;
                    }
                    break;
                case "NULL_VALUE":
                case 0:
                    message.nullValue = 0;
                    break;
                }
                if (object.numberValue != null)
                    message.numberValue = Number(object.numberValue);
                if (object.stringValue != null)
                    message.stringValue = String(object.stringValue);
                if (object.boolValue != null)
                    message.boolValue = Boolean(object.boolValue);
                if (object.structValue != null) {
                    if (!$util.isObject(object.structValue))
                        throw TypeError(".google.protobuf.Value.structValue: object expected");
                    message.structValue = $root.google.protobuf.Struct.fromObject(object.structValue, long + 1);
                }
                if (object.listValue != null) {
                    if (!$util.isObject(object.listValue))
                        throw TypeError(".google.protobuf.Value.listValue: object expected");
                    message.listValue = $root.google.protobuf.ListValue.fromObject(object.listValue, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value} message Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Value.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (message.nullValue != null && Object.hasOwnProperty.call(message, "nullValue")) {
                    object.nullValue = options.enums === String ? $root.google.protobuf.NullValue[message.nullValue] === undefined ? message.nullValue : $root.google.protobuf.NullValue[message.nullValue] : message.nullValue;
                    if (options.oneofs)
                        object.kind = "nullValue";
                }
                if (message.numberValue != null && Object.hasOwnProperty.call(message, "numberValue")) {
                    object.numberValue = options.json && !isFinite(message.numberValue) ? String(message.numberValue) : message.numberValue;
                    if (options.oneofs)
                        object.kind = "numberValue";
                }
                if (message.stringValue != null && Object.hasOwnProperty.call(message, "stringValue")) {
                    object.stringValue = message.stringValue;
                    if (options.oneofs)
                        object.kind = "stringValue";
                }
                if (message.boolValue != null && Object.hasOwnProperty.call(message, "boolValue")) {
                    object.boolValue = message.boolValue;
                    if (options.oneofs)
                        object.kind = "boolValue";
                }
                if (message.structValue != null && Object.hasOwnProperty.call(message, "structValue")) {
                    object.structValue = $root.google.protobuf.Struct.toObject(message.structValue, options, q + 1);
                    if (options.oneofs)
                        object.kind = "structValue";
                }
                if (message.listValue != null && Object.hasOwnProperty.call(message, "listValue")) {
                    object.listValue = $root.google.protobuf.ListValue.toObject(message.listValue, options, q + 1);
                    if (options.oneofs)
                        object.kind = "listValue";
                }
                return object;
            };

            /**
             * Converts this Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Value.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Value
             * @function getTypeUrl
             * @memberof google.protobuf.Value
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Value.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.Value";
            };

            return Value;
        })();

        /**
         * NullValue enum.
         * @name google.protobuf.NullValue
         * @enum {number}
         * @property {number} NULL_VALUE=0 NULL_VALUE value
         */
        protobuf.NullValue = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "NULL_VALUE"] = 0;
            return values;
        })();

        protobuf.ListValue = (function() {

            /**
             * Properties of a ListValue.
             * @memberof google.protobuf
             * @interface IListValue
             * @property {Array.<google.protobuf.IValue>|null} [values] ListValue values
             */

            /**
             * Constructs a new ListValue.
             * @memberof google.protobuf
             * @classdesc Represents a ListValue.
             * @implements IListValue
             * @constructor
             * @param {google.protobuf.IListValue=} [properties] Properties to set
             */
            function ListValue(properties) {
                this.values = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListValue values.
             * @member {Array.<google.protobuf.IValue>} values
             * @memberof google.protobuf.ListValue
             * @instance
             */
            ListValue.prototype.values = $util.emptyArray;

            /**
             * Creates a new ListValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.IListValue=} [properties] Properties to set
             * @returns {google.protobuf.ListValue} ListValue instance
             */
            ListValue.create = function create(properties) {
                return new ListValue(properties);
            };

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.IListValue} message ListValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (let i = 0; i < message.values.length; ++i)
                        $root.google.protobuf.Value.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.ListValue} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.ListValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push($root.google.protobuf.Value.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ListValue message.
             * @function verify
             * @memberof google.protobuf.ListValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListValue.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.values != null && Object.hasOwnProperty.call(message, "values")) {
                    if (!Array.isArray(message.values))
                        return "values: array expected";
                    for (let i = 0; i < message.values.length; ++i) {
                        let error = $root.google.protobuf.Value.verify(message.values[i], long + 1);
                        if (error)
                            return "values." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.ListValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.ListValue} ListValue
             */
            ListValue.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.ListValue)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.ListValue: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.ListValue();
                if (object.values) {
                    if (!Array.isArray(object.values))
                        throw TypeError(".google.protobuf.ListValue.values: array expected");
                    message.values = [];
                    for (let i = 0; i < object.values.length; ++i) {
                        if (!$util.isObject(object.values[i]))
                            throw TypeError(".google.protobuf.ListValue.values: object expected");
                        message.values[i] = $root.google.protobuf.Value.fromObject(object.values[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue} message ListValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListValue.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.values = [];
                if (message.values && message.values.length) {
                    object.values = [];
                    for (let j = 0; j < message.values.length; ++j)
                        object.values[j] = $root.google.protobuf.Value.toObject(message.values[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this ListValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.ListValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListValue.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ListValue
             * @function getTypeUrl
             * @memberof google.protobuf.ListValue
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.ListValue";
            };

            return ListValue;
        })();

        return protobuf;
    })();

    return google;
})();

export { $root as default };
