//===- AcceleratorOp.cpp - dataflow.accelerator syntax and verifier -------===//
//
// Custom syntax: a brace-delimited list of `field = value` in any order, every field
// required, so no resource ever takes a silent default.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/IR/KeyedSyntax.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"

#include <cmath>

using namespace mlir;
using namespace dataflow;

static constexpr StringRef kFields[] = {"nodes",     "pe_array",       "regf_bytes",
                                        "gbuf_bytes", "word_bits",     "memory",
                                        "dram_bandwidth", "bus_width", "energy"};
static constexpr bool kRequired[] = {true, true, true, true, true, true, true, true, true};

ParseResult AcceleratorOp::parse(OpAsmParser &parser, OperationState &result) {
  Builder &b = parser.getBuilder();
  StringAttr name;
  if (parser.parseSymbolName(name))
    return failure();
  result.addAttribute(getSymNameAttrName(result.name), name);

  auto parseValue = [&](size_t index) -> ParseResult {
    StringRef key = kFields[index];
    SMLoc loc = parser.getCurrentLocation();
    if (key == "nodes" || key == "pe_array") {
      SmallVector<int64_t> values;
      if (parseIntList(parser, values))
        return failure();
      result.addAttribute(key, b.getDenseI64ArrayAttr(values));
    } else if (key == "regf_bytes" || key == "gbuf_bytes" || key == "word_bits") {
      int64_t v;
      if (parser.parseInteger(v))
        return failure();
      result.addAttribute(key, b.getI64IntegerAttr(v));
    } else if (key == "memory") {
      std::string text;
      if (parser.parseString(&text))
        return failure();
      std::optional<MemoryType> memory = symbolizeMemoryType(text);
      if (!memory)
        return parser.emitError(loc, "memory must be \"2D\" (DRAM on the grid corners) "
                                     "or \"3D\" (a vault per node), got \"")
               << text << "\"";
      result.addAttribute(key, MemoryTypeAttr::get(b.getContext(), *memory));
    } else if (key == "dram_bandwidth") {
      if (succeeded(parser.parseOptionalKeyword("unlimited")))
        return success();
      double v;
      if (parseNumber(parser, v))
        return failure();
      result.addAttribute(key, b.getF64FloatAttr(v));
    } else if (key == "bus_width") {
      if (succeeded(parser.parseOptionalKeyword("unlimited")))
        return success();
      int64_t v;
      if (parser.parseInteger(v))
        return failure();
      result.addAttribute(key, b.getI64IntegerAttr(v));
    } else { // energy
      EnergyAttr energy;
      if (parser.parseAttribute(energy))
        return failure();
      result.addAttribute(key, energy);
    }
    return success();
  };
  SmallVector<bool> seen;
  if (parseKeyedList(parser, AsmParser::Delimiter::Braces, kFields, kRequired, "accelerator",
                     seen, parseValue))
    return failure();
  return parser.parseOptionalAttrDictWithKeyword(result.attributes);
}

void AcceleratorOp::print(OpAsmPrinter &p) {
  p << ' ';
  p.printSymbolName(getSymName());
  p << " {";
  p.increaseIndent();
  p.printNewline();
  ArrayRef<int64_t> nodes = getNodes(), array = getPeArray();
  p << "nodes = [" << nodes[0] << ", " << nodes[1] << "], pe_array = [" << array[0] << ", " << array[1] << "],";
  p.printNewline();
  p << "regf_bytes = " << regfBytes() << ", gbuf_bytes = " << gbufBytes()
    << ", word_bits = " << wordBits() << ",";
  p.printNewline();
  p << "memory = \"" << stringifyMemoryType(getMemory()) << "\", dram_bandwidth = ";
  if (FloatAttr bw = getDramBandwidthAttr())
    printExactDouble(p, bw.getValue());
  else
    p << "unlimited";
  p << ", bus_width = ";
  if (IntegerAttr width = getBusWidthAttr())
    p << width.getInt();
  else
    p << "unlimited";
  p << ",";
  p.printNewline();
  p << "energy = ";
  p.printAttribute(getEnergy());
  p.decreaseIndent();
  p.printNewline();
  p << "}";
  SmallVector<NamedAttribute> discardable(getOperation()->getDiscardableAttrs());
  p.printOptionalAttrDictWithKeyword(discardable);
}

LogicalResult AcceleratorOp::verify() {
  auto checkGrid = [&](ArrayRef<int64_t> dims, StringRef field) -> LogicalResult {
    if (dims.size() != 2)
      return emitOpError() << "'" << field << "' must be [rows, columns], got "
                           << dims.size() << " values";
    for (auto [i, d] : llvm::enumerate(dims))
      if (d <= 0)
        return emitOpError() << "'" << field << "' " << (i == 0 ? "rows" : "columns")
                             << " must be positive, got " << d;
    return success();
  };
  if (failed(checkGrid(getNodes(), "nodes")) || failed(checkGrid(getPeArray(), "pe_array")))
    return failure();
  int64_t bits = wordBits();
  if (bits <= 0 || bits % 8 != 0)
    return emitOpError() << "'word_bits' must be a positive multiple of 8, got " << bits;
  int64_t wordBytes = bits / 8;
  if (regfBytes() < wordBytes)
    return emitOpError() << "'regf_bytes' is " << regfBytes()
                         << ", smaller than one " << bits << "-bit word";
  if (gbufBytes() < wordBytes)
    return emitOpError() << "'gbuf_bytes' is " << gbufBytes()
                         << ", smaller than one " << bits << "-bit word";
  if (FloatAttr bw = getDramBandwidthAttr())
    if (double v = bw.getValueAsDouble(); !std::isfinite(v) || v <= 0.0)
      return emitOpError() << "'dram_bandwidth' must be positive bytes per cycle or "
                              "'unlimited', got "
                           << v;
  if (IntegerAttr width = getBusWidthAttr(); width && width.getInt() <= 0)
    return emitOpError() << "'bus_width' must be positive words per cycle or "
                            "'unlimited', got "
                         << width.getInt();
  return success();
}
