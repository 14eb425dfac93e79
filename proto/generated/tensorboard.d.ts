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
        resourceHandleVal?: (tensorboard.IResourceHandleProto[]|null);
        variantVal?: (tensorboard.IVariantTensorDataProto[]|null);
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
        public resourceHandleVal: tensorboard.IResourceHandleProto[];
        public variantVal: tensorboard.IVariantTensorDataProto[];
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

    interface IResourceHandleProto {
        device?: (string|null);
        container?: (string|null);
        name?: (string|null);
        hashCode?: (number|null);
        maybeTypeName?: (string|null);
        dtypesAndShapes?: (tensorboard.ResourceHandleProto.IDtypeAndShape[]|null);
    }

    class ResourceHandleProto implements IResourceHandleProto {
        constructor(properties?: tensorboard.IResourceHandleProto);
        public device: string;
        public container: string;
        public name: string;
        public hashCode: number;
        public maybeTypeName: string;
        public dtypesAndShapes: tensorboard.ResourceHandleProto.IDtypeAndShape[];
        public static create(properties?: tensorboard.IResourceHandleProto): tensorboard.ResourceHandleProto;
        public static encode(message: tensorboard.IResourceHandleProto, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.ResourceHandleProto;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.ResourceHandleProto;
        public static toObject(message: tensorboard.ResourceHandleProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace ResourceHandleProto {

        interface IDtypeAndShape {
            dtype?: (tensorboard.DataType|null);
            shape?: (tensorboard.ITensorShapeProto|null);
        }

        class DtypeAndShape implements IDtypeAndShape {
            constructor(properties?: tensorboard.ResourceHandleProto.IDtypeAndShape);
            public dtype: tensorboard.DataType;
            public shape?: (tensorboard.ITensorShapeProto|null);
            public static create(properties?: tensorboard.ResourceHandleProto.IDtypeAndShape): tensorboard.ResourceHandleProto.DtypeAndShape;
            public static encode(message: tensorboard.ResourceHandleProto.IDtypeAndShape, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.ResourceHandleProto.DtypeAndShape;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.ResourceHandleProto.DtypeAndShape;
            public static toObject(message: tensorboard.ResourceHandleProto.DtypeAndShape, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    interface IVariantTensorDataProto {
        typeName?: (string|null);
        metadata?: (Uint8Array|null);
        tensors?: (tensorboard.ITensorProto[]|null);
    }

    class VariantTensorDataProto implements IVariantTensorDataProto {
        constructor(properties?: tensorboard.IVariantTensorDataProto);
        public typeName: string;
        public metadata: Uint8Array;
        public tensors: tensorboard.ITensorProto[];
        public static create(properties?: tensorboard.IVariantTensorDataProto): tensorboard.VariantTensorDataProto;
        public static encode(message: tensorboard.IVariantTensorDataProto, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.VariantTensorDataProto;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.VariantTensorDataProto;
        public static toObject(message: tensorboard.VariantTensorDataProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
        DT_UINT64 = 23,
        DT_FLOAT8_E5M2 = 24,
        DT_FLOAT8_E4M3FN = 25,
        DT_FLOAT8_E4M3FNUZ = 26,
        DT_FLOAT8_E4M3B11FNUZ = 27,
        DT_FLOAT8_E5M2FNUZ = 28,
        DT_INT4 = 29,
        DT_UINT4 = 30,
        DT_INT2 = 31,
        DT_UINT2 = 32,
        DT_FLOAT4_E2M1FN = 33,
        DT_FLOAT_REF = 101,
        DT_DOUBLE_REF = 102,
        DT_INT32_REF = 103,
        DT_UINT8_REF = 104,
        DT_INT16_REF = 105,
        DT_INT8_REF = 106,
        DT_STRING_REF = 107,
        DT_COMPLEX64_REF = 108,
        DT_INT64_REF = 109,
        DT_BOOL_REF = 110,
        DT_QINT8_REF = 111,
        DT_QUINT8_REF = 112,
        DT_QINT32_REF = 113,
        DT_BFLOAT16_REF = 114,
        DT_QINT16_REF = 115,
        DT_QUINT16_REF = 116,
        DT_UINT16_REF = 117,
        DT_COMPLEX128_REF = 118,
        DT_HALF_REF = 119,
        DT_RESOURCE_REF = 120,
        DT_VARIANT_REF = 121,
        DT_UINT32_REF = 122,
        DT_UINT64_REF = 123,
        DT_FLOAT8_E5M2_REF = 124,
        DT_FLOAT8_E4M3FN_REF = 125,
        DT_FLOAT8_E4M3FNUZ_REF = 126,
        DT_FLOAT8_E4M3B11FNUZ_REF = 127,
        DT_FLOAT8_E5M2FNUZ_REF = 128,
        DT_INT4_REF = 129,
        DT_UINT4_REF = 130,
        DT_INT2_REF = 131,
        DT_UINT2_REF = 132,
        DT_FLOAT4_E2M1FN_REF = 133
    }

    enum FullTypeId {
        TFT_UNSET = 0,
        TFT_VAR = 1,
        TFT_ANY = 2,
        TFT_PRODUCT = 3,
        TFT_NAMED = 4,
        TFT_FOR_EACH = 20,
        TFT_CALLABLE = 100,
        TFT_TENSOR = 1000,
        TFT_ARRAY = 1001,
        TFT_OPTIONAL = 1002,
        TFT_LITERAL = 1003,
        TFT_ENCODED = 1004,
        TFT_SHAPE_TENSOR = 1005,
        TFT_BOOL = 200,
        TFT_UINT8 = 201,
        TFT_UINT16 = 202,
        TFT_UINT32 = 203,
        TFT_UINT64 = 204,
        TFT_INT8 = 205,
        TFT_INT16 = 206,
        TFT_INT32 = 207,
        TFT_INT64 = 208,
        TFT_HALF = 209,
        TFT_FLOAT = 210,
        TFT_DOUBLE = 211,
        TFT_BFLOAT16 = 215,
        TFT_COMPLEX64 = 212,
        TFT_COMPLEX128 = 213,
        TFT_STRING = 214,
        TFT_DATASET = 10102,
        TFT_RAGGED = 10103,
        TFT_ITERATOR = 10104,
        TFT_MUTEX_LOCK = 10202,
        TFT_LEGACY_VARIANT = 10203
    }

    interface IFullTypeDef {
        typeId?: (tensorboard.FullTypeId|null);
        args?: (tensorboard.IFullTypeDef[]|null);
        s?: (string|null);
        i?: (number|null);
    }

    class FullTypeDef implements IFullTypeDef {
        constructor(properties?: tensorboard.IFullTypeDef);
        public typeId: tensorboard.FullTypeId;
        public args: tensorboard.IFullTypeDef[];
        public s?: (string|null);
        public i?: (number|null);
        public attr?: ("s"|"i");
        public static create(properties?: tensorboard.IFullTypeDef): tensorboard.FullTypeDef;
        public static encode(message: tensorboard.IFullTypeDef, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.FullTypeDef;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.FullTypeDef;
        public static toObject(message: tensorboard.FullTypeDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IFunctionDefLibrary {
        "function"?: (tensorboard.IFunctionDef[]|null);
        gradient?: (tensorboard.IGradientDef[]|null);
        registeredGradients?: (tensorboard.IRegisteredGradient[]|null);
    }

    class FunctionDefLibrary implements IFunctionDefLibrary {
        constructor(properties?: tensorboard.IFunctionDefLibrary);
        public function: tensorboard.IFunctionDef[];
        public gradient: tensorboard.IGradientDef[];
        public registeredGradients: tensorboard.IRegisteredGradient[];
        public static create(properties?: tensorboard.IFunctionDefLibrary): tensorboard.FunctionDefLibrary;
        public static encode(message: tensorboard.IFunctionDefLibrary, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.FunctionDefLibrary;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.FunctionDefLibrary;
        public static toObject(message: tensorboard.FunctionDefLibrary, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IFunctionDef {
        signature?: (tensorboard.IOpDef|null);
        attr?: ({ [k: string]: tensorboard.IAttrValue }|null);
        argAttr?: ({ [k: string]: tensorboard.FunctionDef.IArgAttrs }|null);
        resourceArgUniqueId?: ({ [k: string]: number }|null);
        nodeDef?: (tensorboard.INodeDef[]|null);
        ret?: ({ [k: string]: string }|null);
        controlRet?: ({ [k: string]: string }|null);
    }

    class FunctionDef implements IFunctionDef {
        constructor(properties?: tensorboard.IFunctionDef);
        public signature?: (tensorboard.IOpDef|null);
        public attr: { [k: string]: tensorboard.IAttrValue };
        public argAttr: { [k: string]: tensorboard.FunctionDef.IArgAttrs };
        public resourceArgUniqueId: { [k: string]: number };
        public nodeDef: tensorboard.INodeDef[];
        public ret: { [k: string]: string };
        public controlRet: { [k: string]: string };
        public static create(properties?: tensorboard.IFunctionDef): tensorboard.FunctionDef;
        public static encode(message: tensorboard.IFunctionDef, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.FunctionDef;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.FunctionDef;
        public static toObject(message: tensorboard.FunctionDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace FunctionDef {

        interface IArgAttrs {
            attr?: ({ [k: string]: tensorboard.IAttrValue }|null);
        }

        class ArgAttrs implements IArgAttrs {
            constructor(properties?: tensorboard.FunctionDef.IArgAttrs);
            public attr: { [k: string]: tensorboard.IAttrValue };
            public static create(properties?: tensorboard.FunctionDef.IArgAttrs): tensorboard.FunctionDef.ArgAttrs;
            public static encode(message: tensorboard.FunctionDef.IArgAttrs, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.FunctionDef.ArgAttrs;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.FunctionDef.ArgAttrs;
            public static toObject(message: tensorboard.FunctionDef.ArgAttrs, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    interface IGradientDef {
        functionName?: (string|null);
        gradientFunc?: (string|null);
    }

    class GradientDef implements IGradientDef {
        constructor(properties?: tensorboard.IGradientDef);
        public functionName: string;
        public gradientFunc: string;
        public static create(properties?: tensorboard.IGradientDef): tensorboard.GradientDef;
        public static encode(message: tensorboard.IGradientDef, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.GradientDef;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.GradientDef;
        public static toObject(message: tensorboard.GradientDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IRegisteredGradient {
        gradientFunc?: (string|null);
        registeredOpType?: (string|null);
    }

    class RegisteredGradient implements IRegisteredGradient {
        constructor(properties?: tensorboard.IRegisteredGradient);
        public gradientFunc: string;
        public registeredOpType: string;
        public static create(properties?: tensorboard.IRegisteredGradient): tensorboard.RegisteredGradient;
        public static encode(message: tensorboard.IRegisteredGradient, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.RegisteredGradient;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.RegisteredGradient;
        public static toObject(message: tensorboard.RegisteredGradient, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IOpDef {
        name?: (string|null);
        inputArg?: (tensorboard.OpDef.IArgDef[]|null);
        outputArg?: (tensorboard.OpDef.IArgDef[]|null);
        controlOutput?: (string[]|null);
        attr?: (tensorboard.OpDef.IAttrDef[]|null);
        deprecation?: (tensorboard.IOpDeprecation|null);
        summary?: (string|null);
        description?: (string|null);
        isCommutative?: (boolean|null);
        isAggregate?: (boolean|null);
        isStateful?: (boolean|null);
        allowsUninitializedInput?: (boolean|null);
        isDistributedCommunication?: (boolean|null);
    }

    class OpDef implements IOpDef {
        constructor(properties?: tensorboard.IOpDef);
        public name: string;
        public inputArg: tensorboard.OpDef.IArgDef[];
        public outputArg: tensorboard.OpDef.IArgDef[];
        public controlOutput: string[];
        public attr: tensorboard.OpDef.IAttrDef[];
        public deprecation?: (tensorboard.IOpDeprecation|null);
        public summary: string;
        public description: string;
        public isCommutative: boolean;
        public isAggregate: boolean;
        public isStateful: boolean;
        public allowsUninitializedInput: boolean;
        public isDistributedCommunication: boolean;
        public static create(properties?: tensorboard.IOpDef): tensorboard.OpDef;
        public static encode(message: tensorboard.IOpDef, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.OpDef;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.OpDef;
        public static toObject(message: tensorboard.OpDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace OpDef {

        interface IArgDef {
            name?: (string|null);
            description?: (string|null);
            type?: (tensorboard.DataType|null);
            typeAttr?: (string|null);
            numberAttr?: (string|null);
            typeListAttr?: (string|null);
            handleData?: (tensorboard.ResourceHandleProto.IDtypeAndShape[]|null);
            isRef?: (boolean|null);
            experimentalFullType?: (tensorboard.IFullTypeDef|null);
        }

        class ArgDef implements IArgDef {
            constructor(properties?: tensorboard.OpDef.IArgDef);
            public name: string;
            public description: string;
            public type: tensorboard.DataType;
            public typeAttr: string;
            public numberAttr: string;
            public typeListAttr: string;
            public handleData: tensorboard.ResourceHandleProto.IDtypeAndShape[];
            public isRef: boolean;
            public experimentalFullType?: (tensorboard.IFullTypeDef|null);
            public static create(properties?: tensorboard.OpDef.IArgDef): tensorboard.OpDef.ArgDef;
            public static encode(message: tensorboard.OpDef.IArgDef, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.OpDef.ArgDef;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.OpDef.ArgDef;
            public static toObject(message: tensorboard.OpDef.ArgDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IAttrDef {
            name?: (string|null);
            type?: (string|null);
            defaultValue?: (tensorboard.IAttrValue|null);
            description?: (string|null);
            hasMinimum?: (boolean|null);
            minimum?: (number|null);
            allowedValues?: (tensorboard.IAttrValue|null);
        }

        class AttrDef implements IAttrDef {
            constructor(properties?: tensorboard.OpDef.IAttrDef);
            public name: string;
            public type: string;
            public defaultValue?: (tensorboard.IAttrValue|null);
            public description: string;
            public hasMinimum: boolean;
            public minimum: number;
            public allowedValues?: (tensorboard.IAttrValue|null);
            public static create(properties?: tensorboard.OpDef.IAttrDef): tensorboard.OpDef.AttrDef;
            public static encode(message: tensorboard.OpDef.IAttrDef, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.OpDef.AttrDef;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.OpDef.AttrDef;
            public static toObject(message: tensorboard.OpDef.AttrDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    interface IOpDeprecation {
        version?: (number|null);
        explanation?: (string|null);
    }

    class OpDeprecation implements IOpDeprecation {
        constructor(properties?: tensorboard.IOpDeprecation);
        public version: number;
        public explanation: string;
        public static create(properties?: tensorboard.IOpDeprecation): tensorboard.OpDeprecation;
        public static encode(message: tensorboard.IOpDeprecation, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.OpDeprecation;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.OpDeprecation;
        public static toObject(message: tensorboard.OpDeprecation, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IGraphDef {
        node?: (tensorboard.INodeDef[]|null);
        versions?: (tensorboard.IVersionDef|null);
        version?: (number|null);
        library?: (tensorboard.IFunctionDefLibrary|null);
        debugInfo?: (tensorboard.IGraphDebugInfo|null);
    }

    class GraphDef implements IGraphDef {
        constructor(properties?: tensorboard.IGraphDef);
        public node: tensorboard.INodeDef[];
        public versions?: (tensorboard.IVersionDef|null);
        public version: number;
        public library?: (tensorboard.IFunctionDefLibrary|null);
        public debugInfo?: (tensorboard.IGraphDebugInfo|null);
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
        experimentalDebugInfo?: (tensorboard.NodeDef.IExperimentalDebugInfo|null);
        experimentalType?: (tensorboard.IFullTypeDef|null);
    }

    class NodeDef implements INodeDef {
        constructor(properties?: tensorboard.INodeDef);
        public name: string;
        public op: string;
        public input: string[];
        public device: string;
        public attr: { [k: string]: tensorboard.IAttrValue };
        public experimentalDebugInfo?: (tensorboard.NodeDef.IExperimentalDebugInfo|null);
        public experimentalType?: (tensorboard.IFullTypeDef|null);
        public static create(properties?: tensorboard.INodeDef): tensorboard.NodeDef;
        public static encode(message: tensorboard.INodeDef, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.NodeDef;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.NodeDef;
        public static toObject(message: tensorboard.NodeDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace NodeDef {

        interface IExperimentalDebugInfo {
            originalNodeNames?: (string[]|null);
            originalFuncNames?: (string[]|null);
        }

        class ExperimentalDebugInfo implements IExperimentalDebugInfo {
            constructor(properties?: tensorboard.NodeDef.IExperimentalDebugInfo);
            public originalNodeNames: string[];
            public originalFuncNames: string[];
            public static create(properties?: tensorboard.NodeDef.IExperimentalDebugInfo): tensorboard.NodeDef.ExperimentalDebugInfo;
            public static encode(message: tensorboard.NodeDef.IExperimentalDebugInfo, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.NodeDef.ExperimentalDebugInfo;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.NodeDef.ExperimentalDebugInfo;
            public static toObject(message: tensorboard.NodeDef.ExperimentalDebugInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
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

    interface IGraphDebugInfo {
        files?: (string[]|null);
        framesById?: ({ [k: string]: tensorboard.GraphDebugInfo.IFileLineCol }|null);
        tracesById?: ({ [k: string]: tensorboard.GraphDebugInfo.IStackTrace }|null);
        traces?: ({ [k: string]: tensorboard.GraphDebugInfo.IStackTrace }|null);
        nameToTraceId?: ({ [k: string]: number }|null);
    }

    class GraphDebugInfo implements IGraphDebugInfo {
        constructor(properties?: tensorboard.IGraphDebugInfo);
        public files: string[];
        public framesById: { [k: string]: tensorboard.GraphDebugInfo.IFileLineCol };
        public tracesById: { [k: string]: tensorboard.GraphDebugInfo.IStackTrace };
        public traces: { [k: string]: tensorboard.GraphDebugInfo.IStackTrace };
        public nameToTraceId: { [k: string]: number };
        public static create(properties?: tensorboard.IGraphDebugInfo): tensorboard.GraphDebugInfo;
        public static encode(message: tensorboard.IGraphDebugInfo, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.GraphDebugInfo;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.GraphDebugInfo;
        public static toObject(message: tensorboard.GraphDebugInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace GraphDebugInfo {

        interface IFileLineCol {
            fileIndex?: (number|null);
            line?: (number|null);
            col?: (number|null);
            func?: (string|null);
            code?: (string|null);
        }

        class FileLineCol implements IFileLineCol {
            constructor(properties?: tensorboard.GraphDebugInfo.IFileLineCol);
            public fileIndex?: (number|null);
            public line?: (number|null);
            public col?: (number|null);
            public func?: (string|null);
            public code?: (string|null);
            public static create(properties?: tensorboard.GraphDebugInfo.IFileLineCol): tensorboard.GraphDebugInfo.FileLineCol;
            public static encode(message: tensorboard.GraphDebugInfo.IFileLineCol, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.GraphDebugInfo.FileLineCol;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.GraphDebugInfo.FileLineCol;
            public static toObject(message: tensorboard.GraphDebugInfo.FileLineCol, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IStackTrace {
            fileLineCols?: (tensorboard.GraphDebugInfo.IFileLineCol[]|null);
            frameId?: (number[]|null);
        }

        class StackTrace implements IStackTrace {
            constructor(properties?: tensorboard.GraphDebugInfo.IStackTrace);
            public fileLineCols: tensorboard.GraphDebugInfo.IFileLineCol[];
            public frameId: number[];
            public static create(properties?: tensorboard.GraphDebugInfo.IStackTrace): tensorboard.GraphDebugInfo.StackTrace;
            public static encode(message: tensorboard.GraphDebugInfo.IStackTrace, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.GraphDebugInfo.StackTrace;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.GraphDebugInfo.StackTrace;
            public static toObject(message: tensorboard.GraphDebugInfo.StackTrace, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
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

    namespace mesh {

        interface IMeshPluginData {
            version?: (number|null);
            name?: (string|null);
            contentType?: (tensorboard.mesh.MeshPluginData.ContentType|null);
            jsonConfig?: (string|null);
            shape?: (number[]|null);
            components?: (number|null);
        }

        class MeshPluginData implements IMeshPluginData {
            constructor(properties?: tensorboard.mesh.IMeshPluginData);
            public version: number;
            public name: string;
            public contentType: tensorboard.mesh.MeshPluginData.ContentType;
            public jsonConfig: string;
            public shape: number[];
            public components: number;
            public static create(properties?: tensorboard.mesh.IMeshPluginData): tensorboard.mesh.MeshPluginData;
            public static encode(message: tensorboard.mesh.IMeshPluginData, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.mesh.MeshPluginData;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.mesh.MeshPluginData;
            public static toObject(message: tensorboard.mesh.MeshPluginData, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace MeshPluginData {

            enum ContentType {
                UNDEFINED = 0,
                VERTEX = 1,
                FACE = 2,
                COLOR = 3
            }
        }
    }

    interface IRunMetadata {
        stepStats?: (tensorboard.IStepStats|null);
        costGraph?: (tensorboard.ICostGraphDef|null);
        partitionGraphs?: (tensorboard.IGraphDef[]|null);
        functionGraphs?: (tensorboard.RunMetadata.IFunctionGraphs[]|null);
        sessionMetadata?: (tensorboard.ISessionMetadata|null);
    }

    class RunMetadata implements IRunMetadata {
        constructor(properties?: tensorboard.IRunMetadata);
        public stepStats?: (tensorboard.IStepStats|null);
        public costGraph?: (tensorboard.ICostGraphDef|null);
        public partitionGraphs: tensorboard.IGraphDef[];
        public functionGraphs: tensorboard.RunMetadata.IFunctionGraphs[];
        public sessionMetadata?: (tensorboard.ISessionMetadata|null);
        public static create(properties?: tensorboard.IRunMetadata): tensorboard.RunMetadata;
        public static encode(message: tensorboard.IRunMetadata, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.RunMetadata;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.RunMetadata;
        public static toObject(message: tensorboard.RunMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace RunMetadata {

        interface IFunctionGraphs {
            partitionGraphs?: (tensorboard.IGraphDef[]|null);
            preOptimizationGraph?: (tensorboard.IGraphDef|null);
            postOptimizationGraph?: (tensorboard.IGraphDef|null);
        }

        class FunctionGraphs implements IFunctionGraphs {
            constructor(properties?: tensorboard.RunMetadata.IFunctionGraphs);
            public partitionGraphs: tensorboard.IGraphDef[];
            public preOptimizationGraph?: (tensorboard.IGraphDef|null);
            public postOptimizationGraph?: (tensorboard.IGraphDef|null);
            public static create(properties?: tensorboard.RunMetadata.IFunctionGraphs): tensorboard.RunMetadata.FunctionGraphs;
            public static encode(message: tensorboard.RunMetadata.IFunctionGraphs, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.RunMetadata.FunctionGraphs;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.RunMetadata.FunctionGraphs;
            public static toObject(message: tensorboard.RunMetadata.FunctionGraphs, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    interface ISessionMetadata {
        name?: (string|null);
        version?: (number|null);
    }

    class SessionMetadata implements ISessionMetadata {
        constructor(properties?: tensorboard.ISessionMetadata);
        public name: string;
        public version: number;
        public static create(properties?: tensorboard.ISessionMetadata): tensorboard.SessionMetadata;
        public static encode(message: tensorboard.ISessionMetadata, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.SessionMetadata;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.SessionMetadata;
        public static toObject(message: tensorboard.SessionMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IStepStats {
        devStats?: (tensorboard.IDeviceStepStats[]|null);
    }

    class StepStats implements IStepStats {
        constructor(properties?: tensorboard.IStepStats);
        public devStats: tensorboard.IDeviceStepStats[];
        public static create(properties?: tensorboard.IStepStats): tensorboard.StepStats;
        public static encode(message: tensorboard.IStepStats, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.StepStats;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.StepStats;
        public static toObject(message: tensorboard.StepStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IDeviceStepStats {
        device?: (string|null);
        nodeStats?: (tensorboard.INodeExecStats[]|null);
        threadNames?: ({ [k: string]: string }|null);
    }

    class DeviceStepStats implements IDeviceStepStats {
        constructor(properties?: tensorboard.IDeviceStepStats);
        public device: string;
        public nodeStats: tensorboard.INodeExecStats[];
        public threadNames: { [k: string]: string };
        public static create(properties?: tensorboard.IDeviceStepStats): tensorboard.DeviceStepStats;
        public static encode(message: tensorboard.IDeviceStepStats, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.DeviceStepStats;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.DeviceStepStats;
        public static toObject(message: tensorboard.DeviceStepStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface INodeExecStats {
        nodeName?: (string|null);
        allStartMicros?: (number|null);
        opStartRelMicros?: (number|null);
        opEndRelMicros?: (number|null);
        allEndRelMicros?: (number|null);
        memory?: (tensorboard.IAllocatorMemoryUsed[]|null);
        output?: (tensorboard.INodeOutput[]|null);
        timelineLabel?: (string|null);
        scheduledMicros?: (number|null);
        threadId?: (number|null);
        referencedTensor?: (tensorboard.IAllocationDescription[]|null);
        memoryStats?: (tensorboard.IMemoryStats|null);
        allStartNanos?: (number|null);
        opStartRelNanos?: (number|null);
        opEndRelNanos?: (number|null);
        allEndRelNanos?: (number|null);
        scheduledNanos?: (number|null);
    }

    class NodeExecStats implements INodeExecStats {
        constructor(properties?: tensorboard.INodeExecStats);
        public nodeName: string;
        public allStartMicros: number;
        public opStartRelMicros: number;
        public opEndRelMicros: number;
        public allEndRelMicros: number;
        public memory: tensorboard.IAllocatorMemoryUsed[];
        public output: tensorboard.INodeOutput[];
        public timelineLabel: string;
        public scheduledMicros: number;
        public threadId: number;
        public referencedTensor: tensorboard.IAllocationDescription[];
        public memoryStats?: (tensorboard.IMemoryStats|null);
        public allStartNanos: number;
        public opStartRelNanos: number;
        public opEndRelNanos: number;
        public allEndRelNanos: number;
        public scheduledNanos: number;
        public static create(properties?: tensorboard.INodeExecStats): tensorboard.NodeExecStats;
        public static encode(message: tensorboard.INodeExecStats, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.NodeExecStats;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.NodeExecStats;
        public static toObject(message: tensorboard.NodeExecStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IAllocatorMemoryUsed {
        allocatorName?: (string|null);
        totalBytes?: (number|null);
        peakBytes?: (number|null);
        liveBytes?: (number|null);
        allocationRecords?: (tensorboard.IAllocationRecord[]|null);
        allocatorBytesInUse?: (number|null);
    }

    class AllocatorMemoryUsed implements IAllocatorMemoryUsed {
        constructor(properties?: tensorboard.IAllocatorMemoryUsed);
        public allocatorName: string;
        public totalBytes: number;
        public peakBytes: number;
        public liveBytes: number;
        public allocationRecords: tensorboard.IAllocationRecord[];
        public allocatorBytesInUse: number;
        public static create(properties?: tensorboard.IAllocatorMemoryUsed): tensorboard.AllocatorMemoryUsed;
        public static encode(message: tensorboard.IAllocatorMemoryUsed, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.AllocatorMemoryUsed;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.AllocatorMemoryUsed;
        public static toObject(message: tensorboard.AllocatorMemoryUsed, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IAllocationRecord {
        allocMicros?: (number|null);
        allocBytes?: (number|null);
    }

    class AllocationRecord implements IAllocationRecord {
        constructor(properties?: tensorboard.IAllocationRecord);
        public allocMicros: number;
        public allocBytes: number;
        public static create(properties?: tensorboard.IAllocationRecord): tensorboard.AllocationRecord;
        public static encode(message: tensorboard.IAllocationRecord, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.AllocationRecord;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.AllocationRecord;
        public static toObject(message: tensorboard.AllocationRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface INodeOutput {
        slot?: (number|null);
        tensorDescription?: (tensorboard.ITensorDescription|null);
    }

    class NodeOutput implements INodeOutput {
        constructor(properties?: tensorboard.INodeOutput);
        public slot: number;
        public tensorDescription?: (tensorboard.ITensorDescription|null);
        public static create(properties?: tensorboard.INodeOutput): tensorboard.NodeOutput;
        public static encode(message: tensorboard.INodeOutput, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.NodeOutput;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.NodeOutput;
        public static toObject(message: tensorboard.NodeOutput, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IMemoryStats {
        tempMemorySize?: (number|null);
        persistentMemorySize?: (number|null);
        persistentTensorAllocIds?: (number[]|null);
        deviceTempMemorySize?: (number|null);
        devicePersistentMemorySize?: (number|null);
        devicePersistentTensorAllocIds?: (number[]|null);
    }

    class MemoryStats implements IMemoryStats {
        constructor(properties?: tensorboard.IMemoryStats);
        public tempMemorySize: number;
        public persistentMemorySize: number;
        public persistentTensorAllocIds: number[];
        public deviceTempMemorySize: number;
        public devicePersistentMemorySize: number;
        public devicePersistentTensorAllocIds: number[];
        public static create(properties?: tensorboard.IMemoryStats): tensorboard.MemoryStats;
        public static encode(message: tensorboard.IMemoryStats, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.MemoryStats;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.MemoryStats;
        public static toObject(message: tensorboard.MemoryStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ITensorDescription {
        dtype?: (tensorboard.DataType|null);
        shape?: (tensorboard.ITensorShapeProto|null);
        allocationDescription?: (tensorboard.IAllocationDescription|null);
    }

    class TensorDescription implements ITensorDescription {
        constructor(properties?: tensorboard.ITensorDescription);
        public dtype: tensorboard.DataType;
        public shape?: (tensorboard.ITensorShapeProto|null);
        public allocationDescription?: (tensorboard.IAllocationDescription|null);
        public static create(properties?: tensorboard.ITensorDescription): tensorboard.TensorDescription;
        public static encode(message: tensorboard.ITensorDescription, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.TensorDescription;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.TensorDescription;
        public static toObject(message: tensorboard.TensorDescription, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface IAllocationDescription {
        requestedBytes?: (number|null);
        allocatedBytes?: (number|null);
        allocatorName?: (string|null);
        allocationId?: (number|null);
        hasSingleReference?: (boolean|null);
        ptr?: (number|null);
    }

    class AllocationDescription implements IAllocationDescription {
        constructor(properties?: tensorboard.IAllocationDescription);
        public requestedBytes: number;
        public allocatedBytes: number;
        public allocatorName: string;
        public allocationId: number;
        public hasSingleReference: boolean;
        public ptr: number;
        public static create(properties?: tensorboard.IAllocationDescription): tensorboard.AllocationDescription;
        public static encode(message: tensorboard.IAllocationDescription, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.AllocationDescription;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.AllocationDescription;
        public static toObject(message: tensorboard.AllocationDescription, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    interface ICostGraphDef {
        node?: (tensorboard.CostGraphDef.INode[]|null);
        cost?: (tensorboard.CostGraphDef.IAggregatedCost[]|null);
    }

    class CostGraphDef implements ICostGraphDef {
        constructor(properties?: tensorboard.ICostGraphDef);
        public node: tensorboard.CostGraphDef.INode[];
        public cost: tensorboard.CostGraphDef.IAggregatedCost[];
        public static create(properties?: tensorboard.ICostGraphDef): tensorboard.CostGraphDef;
        public static encode(message: tensorboard.ICostGraphDef, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.CostGraphDef;
        public static verify(message: { [k: string]: any }): (string|null);
        public static fromObject(object: { [k: string]: any }): tensorboard.CostGraphDef;
        public static toObject(message: tensorboard.CostGraphDef, options?: $protobuf.IConversionOptions): { [k: string]: any };
        public toJSON(): { [k: string]: any };
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace CostGraphDef {

        interface INode {
            name?: (string|null);
            device?: (string|null);
            id?: (number|null);
            inputInfo?: (tensorboard.CostGraphDef.Node.IInputInfo[]|null);
            outputInfo?: (tensorboard.CostGraphDef.Node.IOutputInfo[]|null);
            temporaryMemorySize?: (number|null);
            persistentMemorySize?: (number|null);
            hostTempMemorySize?: (number|null);
            deviceTempMemorySize?: (number|null);
            devicePersistentMemorySize?: (number|null);
            computeCost?: (number|null);
            computeTime?: (number|null);
            memoryTime?: (number|null);
            isFinal?: (boolean|null);
            controlInput?: (number[]|null);
            inaccurate?: (boolean|null);
        }

        class Node implements INode {
            constructor(properties?: tensorboard.CostGraphDef.INode);
            public name: string;
            public device: string;
            public id: number;
            public inputInfo: tensorboard.CostGraphDef.Node.IInputInfo[];
            public outputInfo: tensorboard.CostGraphDef.Node.IOutputInfo[];
            public temporaryMemorySize: number;
            public persistentMemorySize: number;
            public hostTempMemorySize: number;
            public deviceTempMemorySize: number;
            public devicePersistentMemorySize: number;
            public computeCost: number;
            public computeTime: number;
            public memoryTime: number;
            public isFinal: boolean;
            public controlInput: number[];
            public inaccurate: boolean;
            public static create(properties?: tensorboard.CostGraphDef.INode): tensorboard.CostGraphDef.Node;
            public static encode(message: tensorboard.CostGraphDef.INode, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.CostGraphDef.Node;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.CostGraphDef.Node;
            public static toObject(message: tensorboard.CostGraphDef.Node, options?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace Node {

            interface IInputInfo {
                precedingNode?: (number|null);
                precedingPort?: (number|null);
            }

            class InputInfo implements IInputInfo {
                constructor(properties?: tensorboard.CostGraphDef.Node.IInputInfo);
                public precedingNode: number;
                public precedingPort: number;
                public static create(properties?: tensorboard.CostGraphDef.Node.IInputInfo): tensorboard.CostGraphDef.Node.InputInfo;
                public static encode(message: tensorboard.CostGraphDef.Node.IInputInfo, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.CostGraphDef.Node.InputInfo;
                public static verify(message: { [k: string]: any }): (string|null);
                public static fromObject(object: { [k: string]: any }): tensorboard.CostGraphDef.Node.InputInfo;
                public static toObject(message: tensorboard.CostGraphDef.Node.InputInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            interface IOutputInfo {
                size?: (number|null);
                aliasInputPort?: (number|null);
                shape?: (tensorboard.ITensorShapeProto|null);
                dtype?: (tensorboard.DataType|null);
            }

            class OutputInfo implements IOutputInfo {
                constructor(properties?: tensorboard.CostGraphDef.Node.IOutputInfo);
                public size: number;
                public aliasInputPort: number;
                public shape?: (tensorboard.ITensorShapeProto|null);
                public dtype: tensorboard.DataType;
                public static create(properties?: tensorboard.CostGraphDef.Node.IOutputInfo): tensorboard.CostGraphDef.Node.OutputInfo;
                public static encode(message: tensorboard.CostGraphDef.Node.IOutputInfo, writer?: $protobuf.Writer): $protobuf.Writer;
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.CostGraphDef.Node.OutputInfo;
                public static verify(message: { [k: string]: any }): (string|null);
                public static fromObject(object: { [k: string]: any }): tensorboard.CostGraphDef.Node.OutputInfo;
                public static toObject(message: tensorboard.CostGraphDef.Node.OutputInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
                public toJSON(): { [k: string]: any };
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }

        interface IAggregatedCost {
            cost?: (number|null);
            dimension?: (string|null);
        }

        class AggregatedCost implements IAggregatedCost {
            constructor(properties?: tensorboard.CostGraphDef.IAggregatedCost);
            public cost: number;
            public dimension: string;
            public static create(properties?: tensorboard.CostGraphDef.IAggregatedCost): tensorboard.CostGraphDef.AggregatedCost;
            public static encode(message: tensorboard.CostGraphDef.IAggregatedCost, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.CostGraphDef.AggregatedCost;
            public static verify(message: { [k: string]: any }): (string|null);
            public static fromObject(object: { [k: string]: any }): tensorboard.CostGraphDef.AggregatedCost;
            public static toObject(message: tensorboard.CostGraphDef.AggregatedCost, options?: $protobuf.IConversionOptions): { [k: string]: any };
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
