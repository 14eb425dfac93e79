import * as $protobuf from "protobufjs";
import Long = require("long");
export namespace tensorboard {

    interface IEvent {
        wallTime?: (number|null);
        step?: (number|null);
        fileVersion?: (string|null);
        graphDef?: (Uint8Array|null);
        summary?: (tensorboard.ISummary|null);
        logMessage?: (tensorboard.ILogMessage|null);
        sessionLog?: (tensorboard.ISessionLog|null);
        taggedRunMetadata?: (tensorboard.ITaggedRunMetadata|null);
        metaGraphDef?: (Uint8Array|null);
        sourceMetadata?: (tensorboard.ISourceMetadata|null);
    }

    class Event implements IEvent {
        constructor(properties?: tensorboard.IEvent);
        public wallTime: number;
        public step: number;
        public fileVersion?: (string|null);
        public graphDef?: (Uint8Array|null);
        public summary?: (tensorboard.ISummary|null);
        public logMessage?: (tensorboard.ILogMessage|null);
        public sessionLog?: (tensorboard.ISessionLog|null);
        public taggedRunMetadata?: (tensorboard.ITaggedRunMetadata|null);
        public metaGraphDef?: (Uint8Array|null);
        public sourceMetadata?: (tensorboard.ISourceMetadata|null);
        public what?: ("fileVersion"|"graphDef"|"summary"|"logMessage"|"sessionLog"|"taggedRunMetadata"|"metaGraphDef");
        public static create(properties?: tensorboard.IEvent): tensorboard.Event;
        public static encode(message: tensorboard.IEvent, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Event;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.Event;
        public static toObject(message: tensorboard.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ISourceMetadata {
        writer?: (string|null);
    }

    class SourceMetadata implements ISourceMetadata {
        constructor(properties?: tensorboard.ISourceMetadata);
        public writer: string;
        public static create(properties?: tensorboard.ISourceMetadata): tensorboard.SourceMetadata;
        public static encode(message: tensorboard.ISourceMetadata, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.SourceMetadata;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.SourceMetadata;
        public static toObject(message: tensorboard.SourceMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ILogMessage {
        level?: (tensorboard.LogMessage.Level|null);
        message?: (string|null);
    }

    class LogMessage implements ILogMessage {
        constructor(properties?: tensorboard.ILogMessage);
        public level: tensorboard.LogMessage.Level;
        public message: string;
        public static create(properties?: tensorboard.ILogMessage): tensorboard.LogMessage;
        public static encode(message: tensorboard.ILogMessage, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.LogMessage;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.LogMessage;
        public static toObject(message: tensorboard.LogMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace LogMessage {

        enum Level {
            UNKNOWN = 0,
            DEBUGGING = 10,
            INFO = 20,
            WARN = 30,
            ERROR = 40,
            FATAL = 50
        }
    }

    interface ISessionLog {
        status?: (tensorboard.SessionLog.SessionStatus|null);
        checkpointPath?: (string|null);
        msg?: (string|null);
    }

    class SessionLog implements ISessionLog {
        constructor(properties?: tensorboard.ISessionLog);
        public status: tensorboard.SessionLog.SessionStatus;
        public checkpointPath: string;
        public msg: string;
        public static create(properties?: tensorboard.ISessionLog): tensorboard.SessionLog;
        public static encode(message: tensorboard.ISessionLog, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.SessionLog;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.SessionLog;
        public static toObject(message: tensorboard.SessionLog, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace SessionLog {

        enum SessionStatus {
            STATUS_UNSPECIFIED = 0,
            START = 1,
            STOP = 2,
            CHECKPOINT = 3
        }
    }

    interface ITaggedRunMetadata {
        tag?: (string|null);
        runMetadata?: (Uint8Array|null);
    }

    class TaggedRunMetadata implements ITaggedRunMetadata {
        constructor(properties?: tensorboard.ITaggedRunMetadata);
        public tag: string;
        public runMetadata: Uint8Array;
        public static create(properties?: tensorboard.ITaggedRunMetadata): tensorboard.TaggedRunMetadata;
        public static encode(message: tensorboard.ITaggedRunMetadata, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.TaggedRunMetadata;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.TaggedRunMetadata;
        public static toObject(message: tensorboard.TaggedRunMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IMetaGraphDef {
        graphDef?: (Uint8Array|null);
    }

    class MetaGraphDef implements IMetaGraphDef {
        constructor(properties?: tensorboard.IMetaGraphDef);
        public graphDef: Uint8Array;
        public static create(properties?: tensorboard.IMetaGraphDef): tensorboard.MetaGraphDef;
        public static encode(message: tensorboard.IMetaGraphDef, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.MetaGraphDef;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.MetaGraphDef;
        public static toObject(message: tensorboard.MetaGraphDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    enum DataClass {
        DATA_CLASS_UNKNOWN = 0,
        DATA_CLASS_SCALAR = 1,
        DATA_CLASS_TENSOR = 2,
        DATA_CLASS_BLOB_SEQUENCE = 3
    }

    interface ISummaryDescription {
        typeHint?: (string|null);
    }

    class SummaryDescription implements ISummaryDescription {
        constructor(properties?: tensorboard.ISummaryDescription);
        public typeHint: string;
        public static create(properties?: tensorboard.ISummaryDescription): tensorboard.SummaryDescription;
        public static encode(message: tensorboard.ISummaryDescription, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.SummaryDescription;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.SummaryDescription;
        public static toObject(message: tensorboard.SummaryDescription, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ISummaryMetadata {
        pluginData?: (tensorboard.SummaryMetadata.IPluginData|null);
        displayName?: (string|null);
        summaryDescription?: (string|null);
        dataClass?: (tensorboard.DataClass|null);
    }

    class SummaryMetadata implements ISummaryMetadata {
        constructor(properties?: tensorboard.ISummaryMetadata);
        public pluginData?: (tensorboard.SummaryMetadata.IPluginData|null);
        public displayName: string;
        public summaryDescription: string;
        public dataClass: tensorboard.DataClass;
        public static create(properties?: tensorboard.ISummaryMetadata): tensorboard.SummaryMetadata;
        public static encode(message: tensorboard.ISummaryMetadata, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.SummaryMetadata;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.SummaryMetadata;
        public static toObject(message: tensorboard.SummaryMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace SummaryMetadata {

        interface IPluginData {
            pluginName?: (string|null);
            content?: (Uint8Array|null);
        }

        class PluginData implements IPluginData {
            constructor(properties?: tensorboard.SummaryMetadata.IPluginData);
            public pluginName: string;
            public content: Uint8Array;
            public static create(properties?: tensorboard.SummaryMetadata.IPluginData): tensorboard.SummaryMetadata.PluginData;
            public static encode(message: tensorboard.SummaryMetadata.IPluginData, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.SummaryMetadata.PluginData;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.SummaryMetadata.PluginData;
            public static toObject(message: tensorboard.SummaryMetadata.PluginData, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    interface ISummary {
        value?: (tensorboard.Summary.IValue[]|null);
    }

    class Summary implements ISummary {
        constructor(properties?: tensorboard.ISummary);
        public value: tensorboard.Summary.IValue[];
        public static create(properties?: tensorboard.ISummary): tensorboard.Summary;
        public static encode(message: tensorboard.ISummary, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Summary;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.Summary;
        public static toObject(message: tensorboard.Summary, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace Summary {

        interface IImage {
            height?: (number|null);
            width?: (number|null);
            colorspace?: (number|null);
            encodedImageString?: (Uint8Array|null);
        }

        class Image implements IImage {
            constructor(properties?: tensorboard.Summary.IImage);
            public height: number;
            public width: number;
            public colorspace: number;
            public encodedImageString: Uint8Array;
            public static create(properties?: tensorboard.Summary.IImage): tensorboard.Summary.Image;
            public static encode(message: tensorboard.Summary.IImage, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Summary.Image;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.Summary.Image;
            public static toObject(message: tensorboard.Summary.Image, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IAudio {
            sampleRate?: (number|null);
            numChannels?: (number|null);
            lengthFrames?: (number|null);
            encodedAudioString?: (Uint8Array|null);
            contentType?: (string|null);
        }

        class Audio implements IAudio {
            constructor(properties?: tensorboard.Summary.IAudio);
            public sampleRate: number;
            public numChannels: number;
            public lengthFrames: number;
            public encodedAudioString: Uint8Array;
            public contentType: string;
            public static create(properties?: tensorboard.Summary.IAudio): tensorboard.Summary.Audio;
            public static encode(message: tensorboard.Summary.IAudio, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Summary.Audio;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.Summary.Audio;
            public static toObject(message: tensorboard.Summary.Audio, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IValue {
            nodeName?: (string|null);
            tag?: (string|null);
            metadata?: (tensorboard.ISummaryMetadata|null);
            simpleValue?: (number|null);
            obsoleteOldStyleHistogram?: (Uint8Array|null);
            image?: (tensorboard.Summary.IImage|null);
            histo?: (tensorboard.IHistogramProto|null);
            audio?: (tensorboard.Summary.IAudio|null);
            tensor?: (tensorboard.ITensorProto|null);
        }

        class Value implements IValue {
            constructor(properties?: tensorboard.Summary.IValue);
            public nodeName: string;
            public tag: string;
            public metadata?: (tensorboard.ISummaryMetadata|null);
            public simpleValue?: (number|null);
            public obsoleteOldStyleHistogram?: (Uint8Array|null);
            public image?: (tensorboard.Summary.IImage|null);
            public histo?: (tensorboard.IHistogramProto|null);
            public audio?: (tensorboard.Summary.IAudio|null);
            public tensor?: (tensorboard.ITensorProto|null);
            public value?: ("simpleValue"|"obsoleteOldStyleHistogram"|"image"|"histo"|"audio"|"tensor");
            public static create(properties?: tensorboard.Summary.IValue): tensorboard.Summary.Value;
            public static encode(message: tensorboard.Summary.IValue, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Summary.Value;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.Summary.Value;
            public static toObject(message: tensorboard.Summary.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    interface IHistogramProto {
        min?: (number|null);
        max?: (number|null);
        num?: (number|null);
        sum?: (number|null);
        sumSquares?: (number|null);
        bucketLimit?: (number[]|null);
        bucket?: (number[]|null);
    }

    class HistogramProto implements IHistogramProto {
        constructor(properties?: tensorboard.IHistogramProto);
        public min: number;
        public max: number;
        public num: number;
        public sum: number;
        public sumSquares: number;
        public bucketLimit: number[];
        public bucket: number[];
        public static create(properties?: tensorboard.IHistogramProto): tensorboard.HistogramProto;
        public static encode(message: tensorboard.IHistogramProto, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.HistogramProto;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.HistogramProto;
        public static toObject(message: tensorboard.HistogramProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ITensorProto {
        dtype?: (tensorboard.DataType|null);
        tensorShape?: (tensorboard.ITensorShapeProto|null);
        versionNumber?: (number|null);
        tensorContent?: (Uint8Array|null);
        halfVal?: (number[]|null);
        floatVal?: (number[]|null);
        doubleVal?: (number[]|null);
        intVal?: (number[]|null);
        stringVal?: (Uint8Array[]|null);
        scomplexVal?: (number[]|null);
        int64Val?: (number[]|null);
        boolVal?: (boolean[]|null);
        dcomplexVal?: (number[]|null);
        uint32Val?: (number[]|null);
        uint64Val?: (number[]|null);
        float8Val?: (Uint8Array|null);
    }

    class TensorProto implements ITensorProto {
        constructor(properties?: tensorboard.ITensorProto);
        public dtype: tensorboard.DataType;
        public tensorShape?: (tensorboard.ITensorShapeProto|null);
        public versionNumber: number;
        public tensorContent: Uint8Array;
        public halfVal: number[];
        public floatVal: number[];
        public doubleVal: number[];
        public intVal: number[];
        public stringVal: Uint8Array[];
        public scomplexVal: number[];
        public int64Val: number[];
        public boolVal: boolean[];
        public dcomplexVal: number[];
        public uint32Val: number[];
        public uint64Val: number[];
        public float8Val: Uint8Array;
        public static create(properties?: tensorboard.ITensorProto): tensorboard.TensorProto;
        public static encode(message: tensorboard.ITensorProto, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.TensorProto;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.TensorProto;
        public static toObject(message: tensorboard.TensorProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ITensorShapeProto {
        dim?: (tensorboard.TensorShapeProto.IDim[]|null);
        unknownRank?: (boolean|null);
    }

    class TensorShapeProto implements ITensorShapeProto {
        constructor(properties?: tensorboard.ITensorShapeProto);
        public dim: tensorboard.TensorShapeProto.IDim[];
        public unknownRank: boolean;
        public static create(properties?: tensorboard.ITensorShapeProto): tensorboard.TensorShapeProto;
        public static encode(message: tensorboard.ITensorShapeProto, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.TensorShapeProto;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.TensorShapeProto;
        public static toObject(message: tensorboard.TensorShapeProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace TensorShapeProto {

        interface IDim {
            size?: (number|null);
            name?: (string|null);
        }

        class Dim implements IDim {
            constructor(properties?: tensorboard.TensorShapeProto.IDim);
            public size: number;
            public name: string;
            public static create(properties?: tensorboard.TensorShapeProto.IDim): tensorboard.TensorShapeProto.Dim;
            public static encode(message: tensorboard.TensorShapeProto.IDim, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.TensorShapeProto.Dim;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.TensorShapeProto.Dim;
            public static toObject(message: tensorboard.TensorShapeProto.Dim, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    enum DataType {
        DT_INVALID = 0,
        DT_FLOAT = 1,
        DT_DOUBLE = 2,
        DT_INT32 = 3,
        DT_UINT8 = 4,
        DT_INT16 = 5,
        DT_INT8 = 6,
        DT_STRING = 7,
        DT_COMPLEX64 = 8,
        DT_INT64 = 9,
        DT_BOOL = 10,
        DT_QINT8 = 11,
        DT_QUINT8 = 12,
        DT_QINT32 = 13,
        DT_BFLOAT16 = 14,
        DT_QINT16 = 15,
        DT_QUINT16 = 16,
        DT_UINT16 = 17,
        DT_COMPLEX128 = 18,
        DT_HALF = 19,
        DT_RESOURCE = 20,
        DT_VARIANT = 21,
        DT_UINT32 = 22,
        DT_UINT64 = 23
    }

    interface IGraphDef {
        node?: (tensorboard.INodeDef[]|null);
        versions?: (tensorboard.IVersionDef|null);
        version?: (number|null);
    }

    class GraphDef implements IGraphDef {
        constructor(properties?: tensorboard.IGraphDef);
        public node: tensorboard.INodeDef[];
        public versions?: (tensorboard.IVersionDef|null);
        public version: number;
        public static create(properties?: tensorboard.IGraphDef): tensorboard.GraphDef;
        public static encode(message: tensorboard.IGraphDef, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.GraphDef;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.GraphDef;
        public static toObject(message: tensorboard.GraphDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface INodeDef {
        name?: (string|null);
        op?: (string|null);
        input?: (string[]|null);
        device?: (string|null);
        attr?: ({ [k: string]: tensorboard.IAttrValue }|null);
    }

    class NodeDef implements INodeDef {
        constructor(properties?: tensorboard.INodeDef);
        public name: string;
        public op: string;
        public input: string[];
        public device: string;
        public attr: { [k: string]: tensorboard.IAttrValue };
        public static create(properties?: tensorboard.INodeDef): tensorboard.NodeDef;
        public static encode(message: tensorboard.INodeDef, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.NodeDef;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.NodeDef;
        public static toObject(message: tensorboard.NodeDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IVersionDef {
        producer?: (number|null);
        minConsumer?: (number|null);
        badConsumers?: (number[]|null);
    }

    class VersionDef implements IVersionDef {
        constructor(properties?: tensorboard.IVersionDef);
        public producer: number;
        public minConsumer: number;
        public badConsumers: number[];
        public static create(properties?: tensorboard.IVersionDef): tensorboard.VersionDef;
        public static encode(message: tensorboard.IVersionDef, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.VersionDef;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.VersionDef;
        public static toObject(message: tensorboard.VersionDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IAttrValue {
        s?: (Uint8Array|null);
        i?: (number|null);
        f?: (number|null);
        b?: (boolean|null);
        type?: (tensorboard.DataType|null);
        shape?: (tensorboard.ITensorShapeProto|null);
        tensor?: (tensorboard.ITensorProto|null);
        list?: (tensorboard.AttrValue.IListValue|null);
        func?: (tensorboard.INameAttrList|null);
        placeholder?: (string|null);
    }

    class AttrValue implements IAttrValue {
        constructor(properties?: tensorboard.IAttrValue);
        public s?: (Uint8Array|null);
        public i?: (number|null);
        public f?: (number|null);
        public b?: (boolean|null);
        public type?: (tensorboard.DataType|null);
        public shape?: (tensorboard.ITensorShapeProto|null);
        public tensor?: (tensorboard.ITensorProto|null);
        public list?: (tensorboard.AttrValue.IListValue|null);
        public func?: (tensorboard.INameAttrList|null);
        public placeholder?: (string|null);
        public value?: ("s"|"i"|"f"|"b"|"type"|"shape"|"tensor"|"list"|"func"|"placeholder");
        public static create(properties?: tensorboard.IAttrValue): tensorboard.AttrValue;
        public static encode(message: tensorboard.IAttrValue, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.AttrValue;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.AttrValue;
        public static toObject(message: tensorboard.AttrValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace AttrValue {

        interface IListValue {
            s?: (Uint8Array[]|null);
            i?: (number[]|null);
            f?: (number[]|null);
            b?: (boolean[]|null);
            type?: (tensorboard.DataType[]|null);
            shape?: (tensorboard.ITensorShapeProto[]|null);
            tensor?: (tensorboard.ITensorProto[]|null);
            func?: (tensorboard.INameAttrList[]|null);
        }

        class ListValue implements IListValue {
            constructor(properties?: tensorboard.AttrValue.IListValue);
            public s: Uint8Array[];
            public i: number[];
            public f: number[];
            public b: boolean[];
            public type: tensorboard.DataType[];
            public shape: tensorboard.ITensorShapeProto[];
            public tensor: tensorboard.ITensorProto[];
            public func: tensorboard.INameAttrList[];
            public static create(properties?: tensorboard.AttrValue.IListValue): tensorboard.AttrValue.ListValue;
            public static encode(message: tensorboard.AttrValue.IListValue, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.AttrValue.ListValue;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.AttrValue.ListValue;
            public static toObject(message: tensorboard.AttrValue.ListValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    interface INameAttrList {
        name?: (string|null);
        attr?: ({ [k: string]: tensorboard.IAttrValue }|null);
    }

    class NameAttrList implements INameAttrList {
        constructor(properties?: tensorboard.INameAttrList);
        public name: string;
        public attr: { [k: string]: tensorboard.IAttrValue };
        public static create(properties?: tensorboard.INameAttrList): tensorboard.NameAttrList;
        public static encode(message: tensorboard.INameAttrList, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.NameAttrList;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.NameAttrList;
        public static toObject(message: tensorboard.NameAttrList, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace hparams {

        interface IHParamsPluginData {
            version?: (number|null);
            experiment?: (tensorboard.hparams.IExperiment|null);
            sessionStartInfo?: (tensorboard.hparams.ISessionStartInfo|null);
            sessionEndInfo?: (tensorboard.hparams.ISessionEndInfo|null);
        }

        class HParamsPluginData implements IHParamsPluginData {
            constructor(properties?: tensorboard.hparams.IHParamsPluginData);
            public version: number;
            public experiment?: (tensorboard.hparams.IExperiment|null);
            public sessionStartInfo?: (tensorboard.hparams.ISessionStartInfo|null);
            public sessionEndInfo?: (tensorboard.hparams.ISessionEndInfo|null);
            public data?: ("experiment"|"sessionStartInfo"|"sessionEndInfo");
            public static create(properties?: tensorboard.hparams.IHParamsPluginData): tensorboard.hparams.HParamsPluginData;
            public static encode(message: tensorboard.hparams.IHParamsPluginData, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.hparams.HParamsPluginData;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.hparams.HParamsPluginData;
            public static toObject(message: tensorboard.hparams.HParamsPluginData, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISessionStartInfo {
            hparams?: ({ [k: string]: google.protobuf.IValue }|null);
            modelUri?: (string|null);
            monitorUrl?: (string|null);
            groupName?: (string|null);
            startTimeSecs?: (number|null);
        }

        class SessionStartInfo implements ISessionStartInfo {
            constructor(properties?: tensorboard.hparams.ISessionStartInfo);
            public hparams: { [k: string]: google.protobuf.IValue };
            public modelUri: string;
            public monitorUrl: string;
            public groupName: string;
            public startTimeSecs: number;
            public static create(properties?: tensorboard.hparams.ISessionStartInfo): tensorboard.hparams.SessionStartInfo;
            public static encode(message: tensorboard.hparams.ISessionStartInfo, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.hparams.SessionStartInfo;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.hparams.SessionStartInfo;
            public static toObject(message: tensorboard.hparams.SessionStartInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISessionEndInfo {
            status?: (tensorboard.hparams.Status|null);
            endTimeSecs?: (number|null);
        }

        class SessionEndInfo implements ISessionEndInfo {
            constructor(properties?: tensorboard.hparams.ISessionEndInfo);
            public status: tensorboard.hparams.Status;
            public endTimeSecs: number;
            public static create(properties?: tensorboard.hparams.ISessionEndInfo): tensorboard.hparams.SessionEndInfo;
            public static encode(message: tensorboard.hparams.ISessionEndInfo, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.hparams.SessionEndInfo;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.hparams.SessionEndInfo;
            public static toObject(message: tensorboard.hparams.SessionEndInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IExperiment {
            name?: (string|null);
            description?: (string|null);
            user?: (string|null);
            timeCreatedSecs?: (number|null);
            hparamInfos?: (tensorboard.hparams.IHParamInfo[]|null);
            metricInfos?: (tensorboard.hparams.IMetricInfo[]|null);
        }

        class Experiment implements IExperiment {
            constructor(properties?: tensorboard.hparams.IExperiment);
            public name: string;
            public description: string;
            public user: string;
            public timeCreatedSecs: number;
            public hparamInfos: tensorboard.hparams.IHParamInfo[];
            public metricInfos: tensorboard.hparams.IMetricInfo[];
            public static create(properties?: tensorboard.hparams.IExperiment): tensorboard.hparams.Experiment;
            public static encode(message: tensorboard.hparams.IExperiment, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.hparams.Experiment;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.hparams.Experiment;
            public static toObject(message: tensorboard.hparams.Experiment, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IHParamInfo {
            name?: (string|null);
            displayName?: (string|null);
            description?: (string|null);
            type?: (tensorboard.hparams.DataType|null);
            domainDiscrete?: (google.protobuf.IListValue|null);
            domainInterval?: (tensorboard.hparams.IInterval|null);
            differs?: (boolean|null);
        }

        class HParamInfo implements IHParamInfo {
            constructor(properties?: tensorboard.hparams.IHParamInfo);
            public name: string;
            public displayName: string;
            public description: string;
            public type: tensorboard.hparams.DataType;
            public domainDiscrete?: (google.protobuf.IListValue|null);
            public domainInterval?: (tensorboard.hparams.IInterval|null);
            public differs: boolean;
            public domain?: ("domainDiscrete"|"domainInterval");
            public static create(properties?: tensorboard.hparams.IHParamInfo): tensorboard.hparams.HParamInfo;
            public static encode(message: tensorboard.hparams.IHParamInfo, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.hparams.HParamInfo;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.hparams.HParamInfo;
            public static toObject(message: tensorboard.hparams.HParamInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum DataType {
            DATA_TYPE_UNSET = 0,
            DATA_TYPE_STRING = 1,
            DATA_TYPE_BOOL = 2,
            DATA_TYPE_FLOAT64 = 3
        }

        interface IInterval {
            minValue?: (number|null);
            maxValue?: (number|null);
        }

        class Interval implements IInterval {
            constructor(properties?: tensorboard.hparams.IInterval);
            public minValue: number;
            public maxValue: number;
            public static create(properties?: tensorboard.hparams.IInterval): tensorboard.hparams.Interval;
            public static encode(message: tensorboard.hparams.IInterval, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.hparams.Interval;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.hparams.Interval;
            public static toObject(message: tensorboard.hparams.Interval, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IMetricName {
            group?: (string|null);
            tag?: (string|null);
        }

        class MetricName implements IMetricName {
            constructor(properties?: tensorboard.hparams.IMetricName);
            public group: string;
            public tag: string;
            public static create(properties?: tensorboard.hparams.IMetricName): tensorboard.hparams.MetricName;
            public static encode(message: tensorboard.hparams.IMetricName, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.hparams.MetricName;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.hparams.MetricName;
            public static toObject(message: tensorboard.hparams.MetricName, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IMetricInfo {
            name?: (tensorboard.hparams.IMetricName|null);
            displayName?: (string|null);
            description?: (string|null);
            datasetType?: (tensorboard.hparams.DatasetType|null);
        }

        class MetricInfo implements IMetricInfo {
            constructor(properties?: tensorboard.hparams.IMetricInfo);
            public name?: (tensorboard.hparams.IMetricName|null);
            public displayName: string;
            public description: string;
            public datasetType: tensorboard.hparams.DatasetType;
            public static create(properties?: tensorboard.hparams.IMetricInfo): tensorboard.hparams.MetricInfo;
            public static encode(message: tensorboard.hparams.IMetricInfo, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.hparams.MetricInfo;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.hparams.MetricInfo;
            public static toObject(message: tensorboard.hparams.MetricInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum DatasetType {
            DATASET_UNKNOWN = 0,
            DATASET_TRAINING = 1,
            DATASET_VALIDATION = 2
        }

        enum Status {
            STATUS_UNKNOWN = 0,
            STATUS_SUCCESS = 1,
            STATUS_FAILURE = 2,
            STATUS_RUNNING = 3
        }
    }

    interface ILayout {
        version?: (number|null);
        category?: (tensorboard.ICategory[]|null);
    }

    class Layout implements ILayout {
        constructor(properties?: tensorboard.ILayout);
        public version: number;
        public category: tensorboard.ICategory[];
        public static create(properties?: tensorboard.ILayout): tensorboard.Layout;
        public static encode(message: tensorboard.ILayout, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Layout;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.Layout;
        public static toObject(message: tensorboard.Layout, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ICategory {
        title?: (string|null);
        chart?: (tensorboard.IChart[]|null);
        closed?: (boolean|null);
    }

    class Category implements ICategory {
        constructor(properties?: tensorboard.ICategory);
        public title: string;
        public chart: tensorboard.IChart[];
        public closed: boolean;
        public static create(properties?: tensorboard.ICategory): tensorboard.Category;
        public static encode(message: tensorboard.ICategory, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Category;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.Category;
        public static toObject(message: tensorboard.Category, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IChart {
        title?: (string|null);
        multiline?: (tensorboard.IMultilineChartContent|null);
        margin?: (tensorboard.IMarginChartContent|null);
    }

    class Chart implements IChart {
        constructor(properties?: tensorboard.IChart);
        public title: string;
        public multiline?: (tensorboard.IMultilineChartContent|null);
        public margin?: (tensorboard.IMarginChartContent|null);
        public content?: ("multiline"|"margin");
        public static create(properties?: tensorboard.IChart): tensorboard.Chart;
        public static encode(message: tensorboard.IChart, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Chart;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.Chart;
        public static toObject(message: tensorboard.Chart, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IMultilineChartContent {
        tag?: (string[]|null);
    }

    class MultilineChartContent implements IMultilineChartContent {
        constructor(properties?: tensorboard.IMultilineChartContent);
        public tag: string[];
        public static create(properties?: tensorboard.IMultilineChartContent): tensorboard.MultilineChartContent;
        public static encode(message: tensorboard.IMultilineChartContent, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.MultilineChartContent;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.MultilineChartContent;
        public static toObject(message: tensorboard.MultilineChartContent, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IMarginChartContent {
        series?: (tensorboard.MarginChartContent.ISeries[]|null);
    }

    class MarginChartContent implements IMarginChartContent {
        constructor(properties?: tensorboard.IMarginChartContent);
        public series: tensorboard.MarginChartContent.ISeries[];
        public static create(properties?: tensorboard.IMarginChartContent): tensorboard.MarginChartContent;
        public static encode(message: tensorboard.IMarginChartContent, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.MarginChartContent;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.MarginChartContent;
        public static toObject(message: tensorboard.MarginChartContent, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace MarginChartContent {

        interface ISeries {
            value?: (string|null);
            lower?: (string|null);
            upper?: (string|null);
        }

        class Series implements ISeries {
            constructor(properties?: tensorboard.MarginChartContent.ISeries);
            public value: string;
            public lower: string;
            public upper: string;
            public static create(properties?: tensorboard.MarginChartContent.ISeries): tensorboard.MarginChartContent.Series;
            public static encode(message: tensorboard.MarginChartContent.ISeries, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.MarginChartContent.Series;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.MarginChartContent.Series;
            public static toObject(message: tensorboard.MarginChartContent.Series, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}

export namespace google {

    namespace protobuf {

        interface IStruct {
            fields?: ({ [k: string]: google.protobuf.IValue }|null);
        }

        class Struct implements IStruct {
            constructor(properties?: google.protobuf.IStruct);
            public fields: { [k: string]: google.protobuf.IValue };
            public static create(properties?: google.protobuf.IStruct): google.protobuf.Struct;
            public static encode(message: google.protobuf.IStruct, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Struct;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): google.protobuf.Struct;
            public static toObject(message: google.protobuf.Struct, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IValue {
            nullValue?: (google.protobuf.NullValue|null);
            numberValue?: (number|null);
            stringValue?: (string|null);
            boolValue?: (boolean|null);
            structValue?: (google.protobuf.IStruct|null);
            listValue?: (google.protobuf.IListValue|null);
        }

        class Value implements IValue {
            constructor(properties?: google.protobuf.IValue);
            public nullValue?: (google.protobuf.NullValue|null);
            public numberValue?: (number|null);
            public stringValue?: (string|null);
            public boolValue?: (boolean|null);
            public structValue?: (google.protobuf.IStruct|null);
            public listValue?: (google.protobuf.IListValue|null);
            public kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");
            public static create(properties?: google.protobuf.IValue): google.protobuf.Value;
            public static encode(message: google.protobuf.IValue, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Value;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): google.protobuf.Value;
            public static toObject(message: google.protobuf.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum NullValue {
            NULL_VALUE = 0
        }

        interface IListValue {
            values?: (google.protobuf.IValue[]|null);
        }

        class ListValue implements IListValue {
            constructor(properties?: google.protobuf.IListValue);
            public values: google.protobuf.IValue[];
            public static create(properties?: google.protobuf.IListValue): google.protobuf.ListValue;
            public static encode(message: google.protobuf.IListValue, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.ListValue;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): google.protobuf.ListValue;
            public static toObject(message: google.protobuf.ListValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
