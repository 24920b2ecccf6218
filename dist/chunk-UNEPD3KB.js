import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  assessCredential,
  credentialName,
  credentialValue,
  formatBytes,
  formatPercent,
  memoize,
  parseBytes,
  parseFraction,
  require_picomatch
} from "./chunk-4JEQPCOM.js";
import {
  apiVersionEntry,
  atLeast,
  replacementAdvice,
  targetVersion
} from "./chunk-YWJKMPBO.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-VUGGHO27.js";

// node_modules/shell-quote/quote.js
var require_quote = __commonJS({
  "node_modules/shell-quote/quote.js"(exports, module) {
    "use strict";
    var OPS = (
      /** @type {const} */
      [
        "||",
        "&&",
        ";;&",
        ";;",
        ";&",
        "|&",
        "<(",
        ">(",
        "<<<",
        "<<-",
        "<<",
        ">>",
        ">&",
        ">|",
        "&>>",
        "&>",
        "<&",
        "<>",
        "&",
        ";",
        "(",
        ")",
        "|",
        "<",
        ">"
      ]
    );
    var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
    var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;
    module.exports = function quote(xs) {
      var sawComment = false;
      return xs.map(function(s) {
        if (sawComment && typeof s === "string" && LINE_TERMINATORS.test(s)) {
          throw new TypeError("a token after a `comment` must not contain line terminators");
        }
        if (s === "") {
          return (
            /** @type {const} */
            "''"
          );
        }
        if (s && typeof s === "object") {
          if ("op" in s && s.op === "glob") {
            if (typeof s.pattern !== "string") {
              throw new TypeError("glob token requires a string `pattern`");
            }
            if (LINE_TERMINATORS.test(s.pattern)) {
              throw new TypeError("glob `pattern` must not contain line terminators");
            }
            if (s.pattern === "") {
              return (
                /** @type {const} */
                "''"
              );
            }
            return s.pattern.replace(GLOB_SHELL_SPECIAL, "\\$&");
          }
          if ("op" in s && typeof s.op === "string") {
            if (OPS.indexOf(s.op) < 0) {
              throw new TypeError("invalid `op` value: " + JSON.stringify(s.op));
            }
            return s.op.replace(/[\s\S]/g, "\\$&");
          }
          if ("comment" in s && typeof s.comment === "string") {
            if (LINE_TERMINATORS.test(s.comment)) {
              throw new TypeError("`comment` must not contain line terminators");
            }
            sawComment = true;
            return "#" + s.comment;
          }
          throw new TypeError("unrecognized object token shape");
        }
        if (/'/.test(s) && /!/.test(s)) {
          return "'" + s.replace(/'/g, `'"'"'`) + "'";
        }
        if (/["\s\\]/.test(s) && !/'/.test(s)) {
          return "'" + s + "'";
        }
        if (/["'\s]/.test(s)) {
          return '"' + s.replace(/(["\\$`])/g, "\\$1") + '"';
        }
        return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, "$1\\$2");
      }).join(" ");
    };
  }
});

// node_modules/shell-quote/parse.js
var require_parse = __commonJS({
  "node_modules/shell-quote/parse.js"(exports, module) {
    "use strict";
    var CONTROL = (
      /** @type {const} */
      "(?:" + /** @type {const} */
      [
        "\\|\\|",
        "\\&(?:\\&|>>?)",
        // `&&`, `&>`, and `&>>`
        ";;\\&?",
        // `;;` and `;;&`
        "[;|]\\&",
        // `;&` and `|&`
        "\\<\\(",
        "\\<\\<\\<",
        "\\<\\<-",
        "\\<\\<(?!\\()",
        // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
        ">>",
        ">[&|(]",
        // `>&`, `>|`, and `>(`
        "<[&>]",
        // `<&` and `<>`
        "[&;()|<>]"
      ].join(
        /** @type {const} */
        "|"
      ) + /** @type {const} */
      ")"
    );
    var controlRE = new RegExp("^" + CONTROL + "$");
    var META = (
      /** @type {const} */
      "|&;()<> \\t"
    );
    var SINGLE_QUOTE = (
      /** @type {const} */
      "'([^']*?)'"
    );
    var ANSI_C_BODY = "(?:\\\\[\\s\\S]|[^\\\\'])*?";
    var ANSI_C_QUOTE = "\\$'" + ANSI_C_BODY + "'";
    var ansiCAt = new RegExp("\\$'" + ANSI_C_BODY + "(?:(')|\\\\?$)", "g");
    var ANSI_C_LETTERS = "abeEfnrtv";
    var ANSI_C_CHARS = "\x07\b\x1B\x1B\f\n\r	\v";
    var hash = /^#$/;
    var SQ = (
      /** @type {const} */
      "'"
    );
    var DQ = (
      /** @type {const} */
      '"'
    );
    var DS = (
      /** @type {const} */
      "$"
    );
    var TOKEN = "";
    var mult = (
      /** @type {const} */
      4294967296
    );
    for (i = 0; i < 4; i++) {
      TOKEN += (mult * Math.random()).toString(16);
    }
    var i;
    var startsWithToken = new RegExp("^" + TOKEN);
    function matchAll(s, r) {
      var origIndex = r.lastIndex;
      var matches = [];
      var matchObj;
      while (matchObj = r.exec(s)) {
        matches[matches.length] = matchObj;
        if (r.lastIndex === matchObj.index) {
          r.lastIndex += 1;
        }
      }
      r.lastIndex = origIndex;
      return matches;
    }
    function getVar(env, pre, key) {
      var r = typeof env === "function" ? env(key) : env[key];
      if (typeof r === "undefined" && key != "") {
        r = "";
      } else if (typeof r === "undefined") {
        r = "$";
      }
      if (typeof r === "object") {
        return pre + TOKEN + JSON.stringify(r) + TOKEN;
      }
      return pre + r;
    }
    var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;
    function expandAnsiCEscape(m, escape2) {
      var kind = escape2.charAt(0);
      if (kind === "c") {
        var ctrl = escape2.charAt(1);
        return ctrl === "?" ? "\x7F" : String.fromCharCode(ctrl.charCodeAt(0) & 31);
      }
      if (kind === "x" || kind === "u" || kind === "U") {
        var cp = parseInt(escape2.slice(1), 16);
        if (cp > 1114111) {
          return m;
        }
        return String.fromCharCode.apply(null, cp > 65535 ? [55232 + (cp >> 10), 56320 + (cp & 1023)] : [cp]);
      }
      if (kind >= "0" && kind <= "7") {
        return String.fromCharCode(parseInt(escape2, 8) & 255);
      }
      var letter = ANSI_C_LETTERS.indexOf(escape2);
      return letter < 0 ? escape2 : ANSI_C_CHARS.charAt(letter);
    }
    function expandAnsiC(body) {
      return body.replace(ansiCEscape, expandAnsiCEscape).split("\0")[0];
    }
    function closesAnsiC(s, i2) {
      ansiCAt.lastIndex = i2;
      return !!/** @type {RegExpExecArray} */
      ansiCAt.exec(s)[1];
    }
    function parseInternal(string, env, opts) {
      if (!opts) {
        opts = {};
      }
      var BS = opts.escape || "\\";
      var ifs = opts.splitUnquoted === true ? " 	\n" : typeof opts.splitUnquoted === "string" ? opts.splitUnquoted : "";
      var BAREWORD = "(\\" + BS + `['"$\\` + BS + META + "]|\\$\\$|\\$(?!" + ANSI_C_QUOTE.slice(2) + `)|[^\\s'"$` + META + "])+";
      var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';
      var chunker = new RegExp([
        "(" + CONTROL + ")",
        // control chars
        "(" + ANSI_C_QUOTE + "|" + BAREWORD + "|" + DOUBLE_QUOTE + "|" + SINGLE_QUOTE + ")+"
      ].join("|"), "g");
      var matches = matchAll(string, chunker);
      if (matches.length === 0) {
        return [];
      }
      if (!env) {
        env = {};
      }
      var commented = false;
      return matches.map(function(match) {
        var s = match[0];
        if (!s || commented) {
          return void 0;
        }
        if (controlRE.test(s)) {
          return (
            /** @type {ControlOperator} */
            { op: s }
          );
        }
        var quote = false;
        var esc = false;
        var out = "";
        var words = [];
        var sawQuote = false;
        var pendingNw = null;
        var isGlob = false;
        var i2;
        function parseEnvVar() {
          i2 += 1;
          var varend;
          var varname;
          var char = s.charAt(i2);
          if (char === "{") {
            i2 += 1;
            if (s.charAt(i2) === "}") {
              throw new Error("Bad substitution: " + s.slice(i2 - 2, i2 + 1));
            }
            var depth = 1;
            varend = i2;
            while (depth > 0 && varend < s.length) {
              if (s.charAt(varend) === "{" && s.charAt(varend - 1) === "$") {
                depth += 1;
              } else if (s.charAt(varend) === "}") {
                depth -= 1;
              }
              varend += 1;
            }
            if (depth !== 0) {
              throw new Error("Bad substitution: " + s.slice(i2));
            }
            varend -= 1;
            varname = s.slice(i2, varend);
            i2 = varend;
          } else if (/[*@#?$!-]/.test(char)) {
            varname = char;
          } else {
            var slicedFromI = s.slice(i2);
            varend = slicedFromI.match(/[^\w\d_]/);
            if (!varend) {
              varname = slicedFromI;
              i2 = s.length;
            } else {
              varname = slicedFromI.slice(0, varend.index);
              i2 += /** @type {number} */
              varend.index - 1;
            }
          }
          return getVar(
            /** @type {NonNullable<typeof env>} */
            env,
            "",
            varname
          );
        }
        function flushRun() {
          if (pendingNw === null) {
            return;
          }
          if (pendingNw === 0) {
            if (out !== "") {
              words[words.length] = out;
              out = "";
            }
          } else {
            words[words.length] = out;
            out = "";
            for (var fe = 1; fe < pendingNw; fe += 1) {
              words[words.length] = "";
            }
          }
          pendingNw = null;
        }
        for (i2 = 0; i2 < s.length; i2++) {
          var c = s.charAt(i2);
          if (ifs && c !== DS) {
            flushRun();
          }
          isGlob = isGlob || !quote && (c === "*" || c === "?");
          if (esc) {
            out += c;
            esc = false;
          } else if (quote) {
            if (c === quote) {
              quote = false;
            } else if (quote == SQ) {
              out += c;
            } else {
              if (c === BS) {
                i2 += 1;
                c = s.charAt(i2);
                if (c === DQ || c === BS || c === DS) {
                  out += c;
                } else {
                  out += BS + c;
                }
              } else if (c === DS) {
                out += parseEnvVar();
              } else {
                out += c;
              }
            }
          } else if (c === DQ || c === SQ) {
            quote = c;
            sawQuote = true;
          } else if (controlRE.test(c)) {
            return (
              /** @type {ControlOperator} */
              { op: s }
            );
          } else if (hash.test(c)) {
            commented = true;
            var commentObj = { comment: string.slice(match.index + i2 + 1) };
            if (out.length) {
              return (
                /** @type {const} */
                [out, commentObj]
              );
            }
            return (
              /** @type {const} */
              [commentObj]
            );
          } else if (c === BS) {
            esc = true;
          } else if (c === DS && s.charAt(i2 + 1) === SQ && closesAnsiC(s, i2)) {
            flushRun();
            sawQuote = true;
            out += expandAnsiC(s.slice(i2 + 2, ansiCAt.lastIndex - 1));
            i2 = ansiCAt.lastIndex - 1;
          } else if (c === DS) {
            var value = parseEnvVar();
            if (!ifs) {
              out += value;
            } else {
              for (var vi = 0; vi < value.length; vi += 1) {
                var vc = value.charAt(vi);
                if (ifs.indexOf(vc) < 0) {
                  flushRun();
                  out += vc;
                } else if (pendingNw === null) {
                  pendingNw = vc === " " || vc === "	" || vc === "\n" ? 0 : 1;
                } else if (vc !== " " && vc !== "	" && vc !== "\n") {
                  pendingNw += 1;
                }
              }
            }
          } else {
            out += c;
          }
        }
        if (isGlob) {
          return (
            /** @type {GlobPattern} */
            { op: "glob", pattern: out }
          );
        }
        if (ifs) {
          if (pendingNw !== null && pendingNw > 0) {
            words[words.length] = out;
            out = "";
            for (var te = 1; te < pendingNw; te += 1) {
              words[words.length] = "";
            }
          }
          if (out !== "" || sawQuote && words.length === 0) {
            words[words.length] = out;
          }
          return words;
        }
        return out;
      }).reduce(
        function(prev, arg) {
          if (typeof arg === "undefined") {
            return prev;
          }
          [].concat(arg).forEach(function(entry) {
            prev[prev.length] = entry;
          });
          return prev;
        },
        /** @type {ParseEntry[]} */
        []
      );
    }
    module.exports = function parse(s, env, opts) {
      var mapped = parseInternal(s, env, opts);
      if (typeof env !== "function") {
        return mapped;
      }
      return mapped.reduce(
        function(acc, s2) {
          if (typeof s2 === "object") {
            acc[acc.length] = s2;
            return acc;
          }
          var xs = s2.split(RegExp("(" + TOKEN + ".*?" + TOKEN + ")", "g"));
          if (xs.length === 1) {
            acc[acc.length] = xs[0];
            return acc;
          }
          xs.filter(Boolean).forEach(function(x) {
            acc[acc.length] = startsWithToken.test(x) ? JSON.parse(x.split(TOKEN)[1]) : x;
          });
          return acc;
        },
        /** @type {ParseEntry[]} */
        []
      );
    };
  }
});

// node_modules/shell-quote/index.js
var require_shell_quote = __commonJS({
  "node_modules/shell-quote/index.js"(exports) {
    "use strict";
    exports.quote = require_quote();
    exports.parse = require_parse();
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair2(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair2(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair2(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair2(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair2(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair2;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema3 = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema3;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema3 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema3.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema3 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema3.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants2) {
        this.code = optimizeExpr(this.code, names, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants2))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        if (!(super.optimizeNames(names, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants2) {
        var _a, _b;
        super.optimizeNames(names, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues2) {
        const code = ["{"];
        for (const [key, value] of keyValues2) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues2 = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues2);
      return gen.object(...keyValues2);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues2) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues2.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues2.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues2.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues2.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve2.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve2(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve2(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve2,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid2 = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid2}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/rules/define.ts
function dockerfileRule(rule) {
  return { ...rule, target: "dockerfile" };
}
function engineRule(meta, target = "any") {
  return { meta, target };
}
function kubernetesRule(rule) {
  return { ...rule, target: "kubernetes", scope: "object" };
}
function kubernetesProjectRule(rule) {
  return { ...rule, target: "kubernetes", scope: "project" };
}
function imageRule(rule) {
  return { ...rule, target: "image" };
}

// src/rules/common/build-failed.ts
var build_failed_default = engineRule({
  id: "build-failed",
  aliases: [],
  severity: "error",
  category: "reliability",
  title: "Image build failed",
  docs: {
    why: "With `--build` (or the action's build input) each Dockerfile is built to measure its image; a build that fails here fails in CI and at release too. The finding sits on the failing instruction when the build log names it (BuildKit's `Dockerfile:7`, the classic builder's `Step 6/9`).",
    fix: "Read the quoted error and the build log; rebuild locally with `docker build` to reproduce it.",
    bad: "RUN make install   # exit code 2",
    good: "RUN make && make install"
  }
}, "image");

// src/rules/common/build-skipped.ts
var build_skipped_default = engineRule({
  id: "build-skipped",
  aliases: [],
  severity: "info",
  category: "reliability",
  title: "Image build skipped",
  docs: {
    why: "Building needs a Docker engine; when none answers (no daemon, no permission on the socket) the images are not measured, and one note says so instead of failing the run.",
    fix: "Start the engine (`dockerd`, Docker Desktop) or give the runner access to it, or drop `--build`.",
    bad: "shipshape --build .   # with no Docker engine reachable",
    good: "shipshape --build .   # with `docker info` answering"
  }
}, "image");

// src/rules/common/instruction-before-from.ts
var instruction_before_from_default = engineRule({
  id: "instruction-before-from",
  aliases: ["DL3061"],
  severity: "error",
  category: "reliability",
  title: "Instruction before the first FROM",
  docs: {
    why: 'Only ARG (and comments or parser directives) may come before the first FROM; Docker refuses anything else with "no build stage in current context".',
    fix: "Move the instruction below a FROM, or turn a value it sets into a global `ARG`.",
    bad: "ENV NODE_ENV=production\nFROM node:20-slim",
    good: "ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-slim\nENV NODE_ENV=production"
  },
  differs: "Reported by the parser as the file's error: no other rule runs on a file Docker cannot build."
}, "dockerfile");

// src/rules/common/parse-error.ts
var parse_error_default = engineRule({
  id: "parse-error",
  aliases: ["DL1000"],
  severity: "error",
  category: "reliability",
  title: "File cannot be parsed",
  docs: {
    why: "A file that Docker or Kubernetes cannot parse fails the build or the apply; no other check can run on it.",
    fix: "Fix the syntax at the reported line. Binary, oversized and non-UTF-8 files are reported here too.",
    bad: 'RUN <<EOF\necho "never closed"',
    good: 'RUN <<EOF\necho "closed"\nEOF'
  }
});

// src/rules/common/render-failed.ts
var render_failed_default = engineRule({
  id: "render-failed",
  aliases: [],
  severity: "error",
  category: "reliability",
  title: "Helm chart or Kustomization fails to render",
  docs: {
    why: "If `helm template` or `kustomize build` fails here, it fails in the deployment pipeline too; nothing it would produce can be checked. The tool's own error is quoted. A render that takes longer than the time limit (option `render-timeout`, seconds, default 60) is stopped and reported here.",
    fix: "Fix the error the tool reports: a missing values key, an unvendored dependency (`helm dependency build`), a resource path that does not exist.",
    bad: "resources:\n  - deployment.yaml   # file does not exist",
    good: "resources:\n  - deploy.yaml"
  }
}, "kubernetes");

// src/rules/common/render-skipped.ts
var render_skipped_default = engineRule({
  id: "render-skipped",
  aliases: [],
  severity: "info",
  category: "maintainability",
  title: "Helm chart or Kustomization not rendered: the tool or the chart dependencies are missing",
  docs: {
    why: "A Helm chart's templates are Go templates, not manifests, and a Kustomization's output differs from its inputs, so both are checked as `helm template` / `kustomize build` render them. Without the tool on PATH the chart is not checked at all, and a Kustomization's files are checked as written (its patches skipped).",
    fix: "Install helm, and kustomize or kubectl (GitHub's hosted runners have all three); for a chart with dependencies, run `helm dependency build` first. Or turn this rule off to accept the gap.",
    bad: "# PATH without helm\ncharts/web/Chart.yaml",
    good: "# PATH with helm\ncharts/web/Chart.yaml"
  }
}, "kubernetes");

// src/rules/common-rules.ts
var commonRules = [build_failed_default, build_skipped_default, instruction_before_from_default, parse_error_default, render_failed_default, render_skipped_default];

// src/data/add-auto-extract.json
var add_auto_extract_default = {
  $comment: "File endings ADD treats as local tar archives to unpack (plain or compressed with gzip, bzip2, xz, lzma or zstd), for add-instead-of-copy. `.zip` is absent on purpose: ADD copies a zip unchanged, so COPY does the same job.",
  extensions: [
    ".tar",
    ".tar.gz",
    ".tgz",
    ".tar.bz2",
    ".tbz2",
    ".tbz",
    ".tb2",
    ".tar.xz",
    ".txz",
    ".tar.lz",
    ".tlz",
    ".tar.lzma",
    ".tar.zst",
    ".tzst",
    ".tar.Z",
    ".tZ",
    ".gz",
    ".bz2",
    ".xz",
    ".lz",
    ".lzma",
    ".zst",
    ".Z"
  ]
};

// src/dockerfile/stage-values.ts
import { posix } from "node:path";

// src/data/windows-images.json
var windows_images_default = {
  $comment: "Base images that run Windows: their default shell is `cmd /S /C` (not /bin/sh), and they have no Linux user ids, so the POSIX-shell checks, ShellCheck and the user rules say nothing about a stage built on one. Matched on the repository path (registry included) and on the tag, case-insensitively. Sources: Microsoft's container base images (mcr.microsoft.com/windows/*) and the Windows variants official images publish (python:3.12-windowsservercore-ltsc2022, golang:\u2026-nanoserver-\u2026).",
  repositories: ["^mcr\\.microsoft\\.com/windows(/|$)", "^mcr\\.microsoft\\.com/powershell:.*(nanoserver|windowsservercore)"],
  tags: ["windowsservercore", "nanoserver", "^ltsc20\\d\\d$", "-ltsc20\\d\\d"]
};

// src/dockerfile/image-ref.ts
function splitImageRef(ref) {
  let rest = ref;
  let digest = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1) || null;
    rest = rest.slice(0, at);
  }
  let registry = null;
  const slash = rest.indexOf("/");
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag = null;
  const colon = rest.lastIndexOf(":");
  if (colon >= 0) {
    tag = rest.slice(colon + 1) || null;
    rest = rest.slice(0, colon);
  }
  return { registry, name: rest, tag, digest };
}
var VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
var VARIABLE_HERE = new RegExp(VARIABLE.source, "y");
function substitute(text, values) {
  if (!text.includes("$")) return { text, unresolved: false };
  const state = { unresolved: false };
  const out = text.replace(VARIABLE, (_m, braced, op, word, bare) => valueOf(braced ?? bare, op, word, values, state));
  return { text: out, unresolved: state.unresolved };
}
function variableAt(text, at, values) {
  VARIABLE_HERE.lastIndex = at;
  const m = VARIABLE_HERE.exec(text);
  if (!m) return null;
  const state = { unresolved: false };
  return { text: valueOf(m[1] ?? m[4], m[2], m[3], values, state), end: at + m[0].length, unresolved: state.unresolved };
}
function valueOf(name, op, word, values, state) {
  const known = values.has(name);
  const value = values.get(name);
  if (op === ":-" || op === "-") {
    const useDefault = op === ":-" ? !value : !known || value === void 0;
    return useDefault ? word ?? "" : value;
  }
  if (op === ":+" || op === "+") {
    const set = op === ":+" ? !!value : known && value !== void 0;
    return set ? word ?? "" : "";
  }
  if (value === void 0) {
    state.unresolved = true;
    return "${" + name + "}";
  }
  return value;
}
function parseImageRef(raw, values) {
  const { text, unresolved } = substitute(raw, values);
  return { raw, resolved: text, unresolved, ...splitImageRef(text) };
}
function isPullable(ref) {
  return !ref.unresolved && ref.resolved !== "" && ref.resolved.toLowerCase() !== "scratch";
}
function plainlyAnImage(fromValue) {
  return /[:@/]/.test(fromValue);
}
var WINDOWS_REPOSITORIES = windows_images_default.repositories.map((p) => new RegExp(p, "i"));
var WINDOWS_TAGS = windows_images_default.tags.map((p) => new RegExp(p, "i"));
function isWindowsImage(ref) {
  const repository2 = ref.registry ? `${ref.registry}/${ref.name}` : ref.name;
  return WINDOWS_REPOSITORIES.some((p) => p.test(repository2) || p.test(ref.resolved)) || ref.tag !== null && WINDOWS_TAGS.some((p) => p.test(ref.tag));
}

// src/dockerfile/shell.ts
var import_shell_quote = __toESM(require_shell_quote(), 1);

// src/dockerfile/words.ts
function isBlank(code) {
  if (code <= 32) return code === 32 || code >= 9 && code <= 13;
  if (code < 160) return false;
  return code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}
function wordsOf(text) {
  const words = [];
  for (let w = nextWord(text, 0); w; w = nextWord(text, w.end)) words.push(w.word);
  return words;
}
function nextWord(text, from) {
  const length = text.length;
  let i = from;
  while (i < length && isBlank(text.charCodeAt(i))) i++;
  if (i >= length) return null;
  const start = i;
  let quote = 0;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (!quote && isBlank(code)) return { word: text.slice(start, i), start, end: i };
    if (code === 92 && quote !== 39) i++;
    else if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
  }
  return i === length ? { word: text.slice(start), start, end: length } : null;
}
function leadingFlags(script, takesFlags) {
  const flags = [];
  let offset = 0;
  if (takesFlags) {
    for (let w = nextWord(script.text, 0); w; w = nextWord(script.text, w.end)) {
      const { word, start } = w;
      if (!word.startsWith("--") || word.length < 3) {
        offset = start;
        break;
      }
      const eq = word.indexOf("=");
      flags.push(eq < 0 ? { name: word.slice(2).toLowerCase(), value: null } : { name: word.slice(2, eq).toLowerCase(), value: stripQuotes(word.slice(eq + 1)) });
      offset = script.text.length;
    }
  }
  return { flags, rest: offset ? { text: script.text.slice(offset), lineAt: script.lineAt.slice(offset) } : script };
}
function stripQuotes(word) {
  return word.replace(/^(["'])(.*)\1$/, "$2");
}
function processWord(word, vars, escape2 = "\\") {
  let out = "";
  let unresolved = false;
  let quote = "";
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (quote === "'") {
      if (ch === "'") quote = "";
      else out += ch;
    } else if (ch === escape2) {
      const next = word[i + 1];
      if (next === void 0) break;
      if (!quote || next === '"' || next === "$" || next === escape2) out += word[++i];
      else out += ch;
    } else if (ch === '"') {
      quote = quote ? "" : '"';
    } else if (ch === "'" && !quote) {
      quote = "'";
    } else {
      const variable = ch === "$" && vars ? variableAt(word, i, vars) : null;
      if (variable) {
        out += variable.text;
        unresolved ||= variable.unresolved;
        i = variable.end - 1;
      } else out += ch;
    }
  }
  return { text: out, unresolved };
}
function applyGlobalArg(values, instruction, escape2, buildArgs) {
  for (const { name, raw } of keyValues(instruction, escape2)) {
    if (buildArgs?.has(name)) values.set(name, buildArgs.get(name));
    else if (raw !== void 0) values.set(name, processWord(raw, values, escape2).text);
    else if (!values.has(name)) values.set(name, void 0);
  }
}
var pairsOf = /* @__PURE__ */ new WeakMap();
function keyValues(instruction, escape2) {
  let pairs = pairsOf.get(instruction);
  if (!pairs) pairsOf.set(instruction, pairs = readKeyValues(instruction, escape2));
  return pairs;
}
function readKeyValues(instruction, escape2) {
  const pair = (name, raw) => ({ name, raw, value: raw === void 0 ? void 0 : processWord(raw, void 0, escape2).text });
  const [first, ...rest] = instruction.words;
  if (first === void 0) return [];
  if (instruction.keyword === "ENV" && !first.includes("=")) return [pair(first, rest.length ? rest.join(" ") : void 0)];
  return instruction.words.map((word) => {
    const eq = word.indexOf("=");
    return eq < 0 ? pair(word, void 0) : pair(word.slice(0, eq), word.slice(eq + 1));
  });
}

// src/dockerfile/shell.ts
function joinLines(rawLines, firstLine2, escapeChar, mapLines = true) {
  let text = "";
  const lineAt = [];
  let continuing = false;
  const last = rawLines.length - 1;
  for (let i = 0; i <= last; i++) {
    const rawLine = rawLines[i];
    if (i > 0 && (COMMENT_LINE.test(rawLine) || continuing && BLANK_LINE.test(rawLine))) continue;
    const fileLine2 = firstLine2 + i;
    let piece = rawLine.trimEnd();
    const continues = piece.endsWith(escapeChar) && !piece.endsWith(escapeChar + escapeChar);
    continuing = continues;
    if (continues) piece = piece.slice(0, -1) + " ";
    else if (i < last) piece += "\n";
    if (mapLines) for (let c = 0; c < piece.length; c++) lineAt.push(fileLine2);
    text += piece;
  }
  return { text, lineAt };
}
var COMMENT_LINE = /^\s*#/;
var BLANK_LINE = /^\s*$/;
function plainScript(source, firstLine2) {
  const body = source.replace(/\r\n/g, "\n");
  const lineAt = [];
  let line = firstLine2;
  for (const ch of body) {
    lineAt.push(line);
    if (ch === "\n") line++;
  }
  return { text: body, lineAt };
}
var SEPARATORS = /* @__PURE__ */ new Set(["&&", "||", ";", "|", "&", "|&", ";;", "(", ")", "\n"]);
var REDIRECTS = /* @__PURE__ */ new Set([">", ">>", "<", ">&", "<&", "<<", "<<<", ">|", "<>", "&>", "&>>"]);
var KEEP_VARIABLES = new Proxy({}, { get: (_, key) => key ? "${" + String(key) + "}" : "$" });
function tokenize(text) {
  try {
    return (0, import_shell_quote.parse)(escapeMidWordHashes(text), KEEP_VARIABLES);
  } catch {
    return null;
  }
}
var shapesOf = memoize((text) => commandShapes(text), 4096);
function splitCommands(script) {
  const shapes = shapesOf(script.text);
  const { lineAt } = script;
  return shapes.map((shape) => {
    const line = lineAt[Math.min(shape.at, lineAt.length - 1)] ?? lineAt[0] ?? 1;
    const command = { argv: shape.argv.slice(), line, next: shape.next, redirects: shape.redirects.map((r) => ({ op: r.op, target: r.target })) };
    if (shape.subshell) command.subshell = true;
    return command;
  });
}
var OPENERS = /* @__PURE__ */ new Set(["if", "then", "elif", "else", "while", "until", "do", "{", "!"]);
var CLOSERS = /* @__PURE__ */ new Set(["fi", "done", "}", "esac"]);
function commandShapes(text) {
  const commands = [];
  const cursor = { at: 0 };
  const chunks = splitOutsideQuotes(text, "\n");
  let depth = 0;
  const cases = [];
  let inForHead = false;
  for (const chunk of chunks) {
    const tokens = tokenize(chunk.text);
    if (!tokens) continue;
    let current = null;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (typeof token === "object" && "comment" in token) break;
      const inCase = cases.length ? cases[cases.length - 1] : null;
      if (inCase === "head" || inCase === "pattern" || inForHead) {
        const op = typeof token === "object" && "op" in token ? token.op : null;
        if (op === null) stepPast(typeof token === "string" ? token : token.pattern ?? "", text, chunk.start, cursor);
        if (inCase === "head" && token === "in") cases[cases.length - 1] = "pattern";
        else if (inCase === "pattern" && op === ")") cases[cases.length - 1] = "body";
        else if (inCase === "pattern" && token === "esac") cases.pop();
        else if (inForHead && op !== null && SEPARATORS.has(op)) inForHead = false;
        continue;
      }
      if (current === null && typeof token === "string") {
        if (OPENERS.has(token) || CLOSERS.has(token) && token !== "esac") {
          stepPast(token, text, chunk.start, cursor);
          continue;
        }
        if (token === "esac" && inCase === "body") {
          cases.pop();
          stepPast(token, text, chunk.start, cursor);
          continue;
        }
        if (token === "case") {
          cases.push("head");
          stepPast(token, text, chunk.start, cursor);
          continue;
        }
        if (token === "for" || token === "select") {
          inForHead = true;
          stepPast(token, text, chunk.start, cursor);
          continue;
        }
      }
      if (typeof token === "object" && "op" in token) {
        if (token.op === ";;" && inCase === "body") {
          cases[cases.length - 1] = "pattern";
          if (current) current.next = ";";
          current = null;
          continue;
        }
        if (token.op === "glob") {
          current = pushWord(current, token.pattern ?? "", commands, text, chunk.start, cursor);
          continue;
        }
        if (REDIRECTS.has(token.op)) {
          const target = tokens[i + 1];
          if (current) current.redirects.push({ op: token.op, target: typeof target === "string" ? target : "" });
          if (typeof tokens[i + 1] === "string") i++;
          continue;
        }
        if (SEPARATORS.has(token.op)) {
          if (token.op === "(") depth++;
          if (token.op === ")") depth = Math.max(0, depth - 1);
          if (current) current.next = token.op;
          current = null;
        }
        continue;
      }
      const next = tokens[i + 1];
      if (isDigit(token) && next && typeof next === "object" && "op" in next && REDIRECTS.has(next.op)) {
        const target = tokens[i + 2];
        if (current) current.redirects.push({ op: token + next.op, target: typeof target === "string" ? target : "" });
        i += typeof target === "string" ? 2 : 1;
        continue;
      }
      current = pushWord(current, token, commands, text, chunk.start, cursor);
      if (depth > 0) current.subshell = true;
    }
    if (current && current.next === null) current.next = chunk.last ? null : ";";
  }
  return commands;
}
function isDigit(word) {
  if (word.length !== 1) return false;
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}
function stepPast(word, text, chunkStart, cursor) {
  const from = Math.max(cursor.at, chunkStart);
  const literal = literalPrefix(word);
  const at = literal ? text.indexOf(literal, from) : -1;
  if (at >= 0 && onlyBlanksOrQuotes(text, from, at)) cursor.at = at + literal.length;
}
function pushWord(current, word, commands, text, chunkStart, cursor) {
  const from = Math.max(cursor.at, chunkStart);
  const literal = literalPrefix(word);
  if (current) {
    current.argv.push(word);
    const at2 = literal ? text.indexOf(literal, from) : -1;
    if (at2 >= 0 && onlyBlanksOrQuotes(text, from, at2)) cursor.at = at2 + literal.length;
    return current;
  }
  const probe = literal || word.replace(/^\$\{[^}]*\}/, "").slice(0, 12) || word.slice(0, 12);
  let at = probe ? text.indexOf(probe, from) : -1;
  if (at < 0) at = from;
  cursor.at = at + Math.max(probe.length, 1);
  const command = { argv: [word], at, next: null, redirects: [], subshell: false };
  commands.push(command);
  return command;
}
function onlyBlanksOrQuotes(text, from, to) {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 34 && code !== 39 && code !== 92 && !isBlank(code)) return false;
  }
  return true;
}
function literalPrefix(word) {
  const limit = Math.min(word.length, 24);
  let end = 0;
  while (end < limit) {
    const code = word.charCodeAt(end);
    if (code === 34 || code === 39 || code === 92 || code === 36 || code === 96 || isBlank(code)) break;
    end++;
  }
  return end === word.length ? word : word.slice(0, end);
}
function splitOutsideQuotes(text, sep) {
  if (!text.includes(sep)) return [{ text, start: 0, last: true }];
  const parts = [];
  let quote = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\" && quote !== "'") {
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === sep) {
      parts.push({ text: text.slice(start, i), start, last: false });
      start = i + 1;
    }
  }
  parts.push({ text: text.slice(start), start, last: true });
  return parts;
}
function unterminatedQuoteLine(script) {
  const text = script.text;
  let quote = 0;
  let quoteAt = 0;
  let inComment = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inComment) {
      if (code === 10) inComment = false;
      continue;
    }
    if (code === 92 && quote !== 39) {
      i++;
      continue;
    }
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
      quoteAt = i;
    } else if (code === 35 && (i === 0 || isBlank(text.charCodeAt(i - 1)))) inComment = true;
  }
  return quote ? script.lineAt[quoteAt] ?? null : null;
}
function escapeMidWordHashes(text) {
  if (!text.includes("#")) return text;
  let out = "";
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\" && quote !== "'") {
      out += ch + (text[i + 1] ?? "");
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "#" && i > 0 && !/[\s;&|()<>]/.test(text[i - 1])) {
      out += "\\#";
      continue;
    }
    out += ch;
  }
  return out;
}

// src/dockerfile/queries.ts
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "env", "exec", "nohup", "time", "command", "nice", "stdbuf", "xargs"]);
var effectiveArgvs = /* @__PURE__ */ new WeakMap();
var programs = /* @__PURE__ */ new WeakMap();
function effectiveArgv(command) {
  let argv = effectiveArgvs.get(command);
  if (!argv) effectiveArgvs.set(command, argv = stripWrappers(command.argv));
  return argv;
}
function stripWrappers(argv) {
  let i = 0;
  while (i < argv.length) {
    const word = argv[i];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) i++;
    else if (WRAPPERS.has(basename(word))) {
      i++;
      while (i < argv.length && argv[i].startsWith("-")) i++;
    } else break;
  }
  return argv.slice(i);
}
function programOf(command) {
  let program = programs.get(command);
  if (program === void 0) programs.set(command, program = basename(effectiveArgv(command)[0] ?? ""));
  return program;
}
function basename(word) {
  const slash = word.lastIndexOf("/");
  return slash >= 0 ? word.slice(slash + 1) : word;
}
var execCommands = /* @__PURE__ */ new WeakMap();
function runArgvs(instruction) {
  if (instruction.form === "exec" && instruction.exec) {
    let commands = execCommands.get(instruction);
    if (!commands) execCommands.set(instruction, commands = [{ argv: instruction.exec, line: instruction.line, next: null, redirects: [] }]);
    return commands;
  }
  return instruction.commands;
}
var fromRefs = /* @__PURE__ */ new WeakMap();
var NO_REFERENCES = [];
function fromReferences(instruction) {
  let refs = fromRefs.get(instruction);
  if (!refs) fromRefs.set(instruction, refs = findFromReferences(instruction));
  return refs;
}
function findFromReferences(instruction) {
  const { keyword } = instruction;
  if (keyword !== "COPY" && keyword !== "RUN" || !instruction.flags.length) return NO_REFERENCES;
  const refs = [];
  for (const f of instruction.flags) {
    if (!f.value) continue;
    if (keyword === "COPY" && f.name === "from") refs.push({ value: f.value, via: "COPY --from" });
    if (keyword === "RUN" && f.name === "mount") {
      const field = mountFields(f.value).find((m) => m.key.toLowerCase() === "from");
      const value = field ? stripQuotes(field.value) : "";
      if (value) refs.push({ value, via: "RUN --mount from" });
    }
  }
  return refs.length ? refs : NO_REFERENCES;
}
function mountFields(value) {
  const fields = [];
  for (const part of value.split(",")) {
    const eq = part.indexOf("=");
    if (eq >= 0) fields.push({ key: part.slice(0, eq), value: part.slice(eq + 1) });
  }
  return fields;
}
var NO_VARIABLES = /* @__PURE__ */ new Map();
function resolveFrom(model, ref) {
  const { value } = ref;
  const dollar = value.indexOf("$");
  if (dollar >= 0 && dollar < value.length - 1) return { kind: "unresolved", raw: value };
  if (ref.via === "COPY --from" && /^\d+$/.test(value)) return { kind: "stage", index: Number(value) };
  const index = stageNamed(model, value);
  if (index !== null) return { kind: "stage", index };
  return { kind: "image", ref: parseImageRef(value, NO_VARIABLES) };
}
function stageNamed(model, name) {
  const lower = name.toLowerCase();
  for (let i = model.stages.length - 1; i >= 0; i--) if (model.stages[i].name === lower) return i;
  return null;
}
var chains = /* @__PURE__ */ new WeakMap();
var usedSets = /* @__PURE__ */ new WeakMap();
var shippedSets = /* @__PURE__ */ new WeakMap();
function stageChain(model, stage) {
  let chain = chains.get(stage);
  if (!chain) chains.set(stage, chain = findChain(model, stage));
  return chain;
}
function findChain(model, stage) {
  const chain = [];
  const seen = /* @__PURE__ */ new Set();
  for (let s = stage; s && !seen.has(s.index); s = s.baseStage === null ? void 0 : model.stages[s.baseStage]) {
    seen.add(s.index);
    chain.unshift(s);
  }
  return chain;
}
function lastUser(model, stage) {
  let found = null;
  for (const s of stageChain(model, stage)) {
    for (const instruction of s.instructions) {
      if (instruction.keyword === "USER" && instruction.words[0]) found = { user: instruction.words[0], instruction };
    }
  }
  return found;
}
function isRootUser(user) {
  const name = user.split(":")[0];
  return name === "root" || name === "0";
}
function instructionsOf(stage, keyword) {
  return stage.instructions.filter((i) => i.keyword === keyword);
}
var TARGET_KEYS = /* @__PURE__ */ new Set(["target", "dst", "destination"]);
function hasCacheOrTmpfsMount(instruction, fragment) {
  return instruction.flags.some((f) => {
    if (f.name !== "mount" || !f.value) return false;
    const fields = mountFields(f.value);
    if (!fields.some((m) => m.key === "type" && (m.value === "cache" || m.value === "tmpfs"))) return false;
    const target = stripQuotes(fields.find((m) => TARGET_KEYS.has(m.key) && m.value !== "")?.value ?? "").replace(/\/+$/, "");
    const covers = (part) => part.startsWith("/") ? target === part : target === part || target.endsWith(`/${part}`);
    return target !== "" && (target.includes(fragment) || leadingParts(fragment).some(covers));
  });
}
function leadingParts(path) {
  const parts = path.split("/");
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("/")).filter((p) => p.replace(/\//g, "") !== "");
}
function finalChain(model) {
  return model.finalStage ? stageChain(model, model.finalStage) : [];
}
function stagesUsedByOthers(model) {
  let used = usedSets.get(model);
  if (!used) usedSets.set(model, used = findUsed(model));
  return used;
}
function findUsed(model) {
  const used = /* @__PURE__ */ new Set();
  for (const stage of model.stages) {
    if (stage.baseStage !== null) used.add(stage.baseStage);
    for (const instruction of stage.instructions) {
      for (const ref of fromReferences(instruction)) {
        const target = resolveFrom(model, ref);
        if (target.kind === "stage" && target.index < stage.index) used.add(target.index);
      }
    }
  }
  return used;
}
function shippedStages(model) {
  let shipped = shippedSets.get(model);
  if (!shipped) shippedSets.set(model, shipped = findShipped(model));
  return shipped;
}
function findShipped(model) {
  const used = stagesUsedByOthers(model);
  const shipped = /* @__PURE__ */ new Set();
  for (const stage of model.stages) {
    if (stage !== model.finalStage && used.has(stage.index)) continue;
    for (const s of stageChain(model, stage)) shipped.add(s.index);
  }
  return shipped;
}
function overriddenInstructions(model, keyword) {
  return model.stages.flatMap((stage) => {
    const all = instructionsOf(stage, keyword);
    return all.slice(1).map((instruction, n) => ({ instruction, overrides: all[n] }));
  });
}

// src/dockerfile/stage-values.ts
var scopes = /* @__PURE__ */ new WeakMap();
function lastBefore(entries2, line) {
  if (!entries2) return void 0;
  let lo = 0;
  let hi = entries2.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (entries2[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? entries2[lo - 1] : void 0;
}
function lookupAt(scope, line) {
  return {
    has: (name) => lastBefore(scope.assignments.get(name), line) !== void 0,
    get: (name) => lastBefore(scope.assignments.get(name), line)?.value
  };
}
function stageScope(model, stage) {
  let byStage = scopes.get(model);
  if (!byStage) scopes.set(model, byStage = /* @__PURE__ */ new Map());
  const cached = byStage.get(stage.index);
  if (cached) return cached;
  const scope = { assignments: /* @__PURE__ */ new Map(), workdirs: [{ line: 0, dir: "/" }] };
  const current = /* @__PURE__ */ new Map();
  const assign = (name, line, value) => {
    current.set(name, value);
    const list = scope.assignments.get(name);
    if (list) list.push({ line, value });
    else scope.assignments.set(name, [{ line, value }]);
  };
  const read = (word) => processWord(word, current, model.escapeChar);
  for (const s of stageChain(model, stage)) {
    const line = (instruction) => s === stage ? instruction.line : 0;
    for (const instruction of s.instructions) {
      if (instruction.keyword === "ENV") {
        const values = keyValues(instruction, model.escapeChar).map(({ name, raw }) => [name, read(raw ?? "").text]);
        for (const [name, value] of values) assign(name, line(instruction), value);
      } else if (instruction.keyword === "ARG") {
        for (const { name, raw } of keyValues(instruction, model.escapeChar)) {
          const global = model.globalArgs.get(name);
          if (raw !== void 0) assign(name, line(instruction), read(raw).text);
          else if (global !== void 0) assign(name, line(instruction), global);
          else if (!current.has(name)) assign(name, line(instruction), void 0);
        }
      } else if (instruction.keyword === "WORKDIR" && instruction.args) {
        const previous = scope.workdirs[scope.workdirs.length - 1].dir;
        const { text: path, unresolved } = read(instruction.args);
        const dir = unresolved ? null : path.startsWith("/") ? posix.normalize(path) : previous === null ? null : posix.join(previous, path);
        scope.workdirs.push({ line: line(instruction), dir });
      }
    }
  }
  byStage.set(stage.index, scope);
  return scope;
}
function variablesBefore(model, stage, at) {
  return lookupAt(stageScope(model, stage), at ? at.line : Number.MAX_SAFE_INTEGER);
}
function variableNamesBefore(model, stage, at) {
  const line = at ? at.line : Number.MAX_SAFE_INTEGER;
  return [...stageScope(model, stage).assignments].filter(([, list]) => lastBefore(list, line)).map(([name]) => name);
}
function expand(text, vars) {
  const { text: out, unresolved } = substitute(text, vars);
  return unresolved ? null : out;
}
function variableNames(text) {
  return [...text.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g)].map((m) => m[1] ?? m[2]);
}
function copyPaths(instruction) {
  const words = instruction.words;
  if (words.length < 2) return null;
  const dest = words[words.length - 1];
  const sources = words.slice(0, -1).filter((w) => !w.startsWith("<<"));
  return { sources, dest };
}
function isRemoteSource(source) {
  return /^(?:https?|git|ssh):\/\//i.test(source) || /^[\w.-]+@[\w.-]+:/.test(source);
}
function workdirBefore(model, stage, at) {
  const { workdirs } = stageScope(model, stage);
  return (lastBefore(workdirs, at ? at.line : Number.MAX_SAFE_INTEGER) ?? workdirs[0]).dir;
}
var SHELL_PROGRAMS = /^(?:sh|bash|ash|dash|zsh|ksh|mksh)$/;
function shellScriptOf(command) {
  const argv = effectiveArgv(command);
  if (!SHELL_PROGRAMS.test(basename(argv[0] ?? ""))) return null;
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (word === "-o" || word === "+o") i++;
    else if (/^-[a-z]*c[a-z]*$/.test(word)) return argv[i + 1] ?? null;
    else if (!/^[-+]/.test(word)) return null;
  }
  return null;
}
function launchedCommands(instruction) {
  let commands = launched.get(instruction);
  if (!commands) launched.set(instruction, commands = findLaunchedCommands(instruction));
  return commands;
}
var launched = /* @__PURE__ */ new WeakMap();
function findLaunchedCommands(instruction) {
  const out = [];
  const visit = (commands, depth) => {
    for (const command of commands) {
      out.push(command);
      const script = depth < 3 ? shellScriptOf(command) : null;
      if (script !== null) {
        visit(splitCommands(plainScript(script, command.line)).map((c) => ({ ...c, line: command.line })), depth + 1);
      }
    }
  };
  visit(runArgvs(instruction), 0);
  return out;
}

// src/rules/dockerfile/add-instead-of-copy.ts
function isArchive(source) {
  return add_auto_extract_default.extensions.some((ext) => source.endsWith(ext));
}
var add_instead_of_copy_default = dockerfileRule({
  meta: {
    id: "add-instead-of-copy",
    aliases: ["DL3020", "DS-0005", "CKV_DOCKER_4"],
    severity: "error",
    category: "maintainability",
    title: "ADD used for local files",
    docs: {
      why: "ADD also fetches URLs and unpacks archives, so a reader cannot tell what it will do with a local path; COPY only copies. Silent for URLs and for local tar archives, which ADD unpacks (a `.zip` is not unpacked, so it is reported).",
      fix: "Use COPY for local files and directories; keep ADD for a tar archive you want unpacked.",
      bad: "ADD requirements.txt /app/",
      good: "COPY requirements.txt /app/"
    }
  },
  check(model) {
    return model.stages.flatMap(
      (stage) => stage.instructions.filter((i) => i.keyword === "ADD").flatMap((i) => {
        const paths = copyPaths(i);
        if (!paths) return [];
        const vars = variablesBefore(model, stage, i);
        const local = paths.sources.map((s) => expand(s, vars)).find((s) => s !== null && s !== "" && !isRemoteSource(s) && !isArchive(s));
        if (!local) return [];
        return [{ line: i.line, endLine: i.endLine, message: `ADD of the local path ${local}: use COPY, which only copies (ADD also fetches URLs and unpacks archives)` }];
      })
    );
  }
});

// src/data/command-options.json
var command_options_default = {
  $comment: "Options that take a separate value word, per program, so rules do not mistake the value for a package or a verb. Short options without the dash, long ones without the two dashes.",
  "apt-get": ["o", "option", "c", "config-file", "t", "target-release", "a", "host-architecture"],
  apk: ["X", "repository", "t", "virtual", "p", "root", "repositories-file", "keys-dir", "cache-dir", "arch", "cache-max-age"],
  yum: ["c", "config", "d", "debuglevel", "e", "errorlevel", "installroot", "releasever", "setopt", "enablerepo", "disablerepo", "x", "exclude", "downloaddir", "destdir"],
  dnf: ["c", "config", "d", "debuglevel", "e", "errorlevel", "installroot", "releasever", "setopt", "enablerepo", "disablerepo", "repo", "repoid", "x", "exclude", "downloaddir", "destdir", "forcearch"],
  microdnf: ["config", "installroot", "releasever", "setopt", "enablerepo", "disablerepo", "setopt"],
  zypper: ["r", "repo", "from", "t", "type", "R", "root", "installroot", "c", "config"],
  pip: ["r", "requirement", "c", "constraint", "e", "editable", "i", "index-url", "extra-index-url", "f", "find-links", "t", "target", "b", "build", "abi", "implementation", "platform", "python-version", "prefix", "root", "src", "trusted-host", "upgrade-strategy", "no-binary", "only-binary", "progress-bar", "proxy", "python", "root-user-action", "log", "cache-dir", "timeout", "retries", "global-option", "config-settings"],
  npm: ["registry", "loglevel", "prefix", "cache", "userconfig", "w", "workspace", "omit", "include", "tag"],
  gem: ["v", "version", "i", "install-dir", "n", "bindir", "source", "s", "platform", "P", "trust-policy", "g", "file"],
  go: ["C", "o", "p", "ldflags", "gcflags", "asmflags", "tags", "mod", "modfile", "pkgdir", "toolexec", "overlay", "buildmode", "compiler", "gccgoflags", "installsuffix", "exec"],
  yarn: ["cwd", "modules-folder", "cache-folder", "registry", "network-timeout", "mutex"],
  wget: ["O", "output-document", "o", "output-file", "a", "append-output", "P", "directory-prefix", "U", "user-agent", "t", "tries", "T", "timeout", "e", "execute", "header", "progress", "i", "input-file", "user", "password", "post-data", "ca-certificate", "certificate", "private-key"],
  curl: ["o", "output", "H", "header", "u", "user", "d", "data", "X", "request", "A", "user-agent", "e", "referer", "w", "write-out", "x", "proxy", "cacert", "cert", "key", "retry", "m", "max-time", "connect-timeout", "T", "upload-file"],
  useradd: ["u", "uid", "g", "gid", "G", "groups", "d", "home-dir", "s", "shell", "c", "comment", "e", "expiredate", "f", "inactive", "k", "skel", "K", "key", "p", "password", "b", "base-dir", "R", "root", "P", "prefix", "Z", "selinux-user"],
  tar: ["f", "file", "C", "directory", "T", "files-from", "X", "exclude-from", "transform", "strip-components", "exclude", "b", "blocking-factor", "H", "format", "I", "use-compress-program", "owner", "group", "mode"],
  ln: ["t", "target-directory", "S", "suffix"]
};

// src/data/os-package-managers.json
var os_package_managers_default = {
  $comment: "OS package managers: which programs drive which manager (apt and aptitude install from apt-get's lists; dnf5 is dnf), the verbs that put packages on disk or take them off (`dnf group install` is read as `groupinstall`), the verbs that only refresh the package index (yum/dnf `update` counts when it names no packages), the verbs that use a fresh index besides installs (upgrades; any manager), and the verbs that download packages into the yum/dnf cache; and the managers that share one package database (yum is dnf on current Red Hat releases, so either removes what the other installed; a manager not named is its own family); and the options that make a call a dry run (`apt-get install -s` changes nothing). Read by src/dockerfile/packages.ts.",
  programs: {
    "apt-get": "apt-get",
    apt: "apt-get",
    aptitude: "apt-get",
    apk: "apk",
    yum: "yum",
    dnf: "dnf",
    dnf5: "dnf",
    microdnf: "microdnf",
    zypper: "zypper"
  },
  families: { yum: "rpm", dnf: "rpm", microdnf: "rpm" },
  installVerbs: {
    "apt-get": ["install", "reinstall"],
    apk: ["add"],
    yum: ["install", "reinstall", "localinstall", "groupinstall"],
    dnf: ["install", "in", "reinstall", "rei", "localinstall", "groupinstall"],
    microdnf: ["install", "reinstall"],
    zypper: ["install", "in"]
  },
  removeVerbs: {
    "apt-get": ["remove", "purge", "autoremove", "autopurge"],
    apk: ["del"],
    yum: ["remove", "erase", "autoremove"],
    dnf: ["remove", "rm", "erase", "autoremove"],
    microdnf: ["remove"],
    zypper: ["remove", "rm"]
  },
  refreshVerbs: {
    "apt-get": ["update"],
    apk: ["update"],
    yum: ["update", "makecache"],
    dnf: ["update", "up", "makecache"],
    microdnf: ["update", "makecache"],
    zypper: ["refresh", "ref"]
  },
  indexConsumingVerbs: ["upgrade", "dist-upgrade", "full-upgrade", "upgrade-minimal", "up", "update", "dup", "patch"],
  cacheFillingVerbs: {
    yum: ["install", "reinstall", "localinstall", "groupinstall", "update", "upgrade"],
    dnf: ["install", "in", "reinstall", "rei", "localinstall", "groupinstall", "upgrade", "up", "update", "upgrade-minimal", "up-min", "distro-sync"],
    microdnf: ["install", "in", "reinstall", "rei", "localinstall", "groupinstall", "upgrade", "up", "update", "upgrade-minimal", "up-min", "distro-sync"]
  },
  simulateOptions: {
    "apt-get": ["s", "simulate", "just-print", "dry-run", "recon", "no-act"],
    apk: ["s", "simulate"],
    zypper: ["D", "dry-run"]
  }
};

// src/dockerfile/commands.ts
var valued = new Map(
  Object.entries(command_options_default).filter((entry) => Array.isArray(entry[1])).map(([program, names]) => [program, new Set(names)])
);
var MANAGER_OF = os_package_managers_default.programs;
var DRY_RUN_OPTIONS = os_package_managers_default.simulateOptions;
function isDryRun(line) {
  const manager = Object.hasOwn(MANAGER_OF, line.program) ? MANAGER_OF[line.program] : void 0;
  return manager !== void 0 && (DRY_RUN_OPTIONS[manager]?.some((option) => line.options.has(option)) ?? false);
}
var SAME_OPTIONS = { apt: "apt-get", aptitude: "apt-get" };
var parsedLines = /* @__PURE__ */ new WeakMap();
function commandLine(command) {
  let line = parsedLines.get(command);
  if (!line) parsedLines.set(command, line = parseCommandLine(command));
  return line;
}
var NO_VALUED_OPTIONS = /* @__PURE__ */ new Set();
var NO_OPTIONS = /* @__PURE__ */ new Map();
var NO_VALUES = /* @__PURE__ */ new Map();
function parseCommandLine(command) {
  let argv = effectiveArgv(command);
  let program = basename(argv[0] ?? "");
  if (program.startsWith("python") && /^python[0-9.]*$/.test(program) && argv[1] === "-m" && argv[2]) {
    program = argv[2];
    argv = argv.slice(2);
  }
  if (program.startsWith("pip") && /^pip[0-9.]*$/.test(program)) program = "pip";
  const table = valued.get(SAME_OPTIONS[program] ?? program) ?? NO_VALUED_OPTIONS;
  let options = null;
  let values = null;
  const operands = [];
  const words = argv.slice(1);
  const add = (name, value) => {
    options ??= /* @__PURE__ */ new Map();
    options.set(name, (options.get(name) ?? 0) + 1);
    if (value !== void 0) {
      values ??= /* @__PURE__ */ new Map();
      const list = values.get(name);
      if (list) list.push(value);
      else values.set(name, [value]);
    }
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === "--") {
      operands.push(...words.slice(i + 1));
      break;
    }
    if (word.startsWith("--") && word.length > 2) {
      const eq = word.indexOf("=");
      if (eq > 0) add(word.slice(2, eq), word.slice(eq + 1));
      else if (table.has(word.slice(2)) && i + 1 < words.length) add(word.slice(2), words[++i]);
      else add(word.slice(2));
    } else if (word.startsWith("-") && word.length > 1 && !/^-\d/.test(word)) {
      for (let c = 1; c < word.length; c++) {
        const name = word[c];
        if (name === "=") break;
        if (table.has(name)) {
          const rest = word.slice(c + 1).replace(/^=/, "");
          if (rest) add(name, rest);
          else if (i + 1 < words.length) add(name, words[++i]);
          else add(name);
          break;
        }
        add(name);
      }
    } else operands.push(word);
  }
  return { program, options: options ?? NO_OPTIONS, values: values ?? NO_VALUES, operands, words, command };
}
function hasOption(line, ...names) {
  return names.some((n) => line.options.has(n));
}
function isCall(line, programs2, verbs) {
  if (!programs2.includes(line.program) || isDryRun(line)) return false;
  return !verbs || verbs.includes(line.operands[0] ?? "");
}
var bodies = /* @__PURE__ */ new WeakMap();
function runBodies(model) {
  const cached = bodies.get(model);
  if (cached) return cached;
  const out = [];
  for (const instruction of model.instructions) {
    const stage = instruction.stage >= 0 ? model.stages[instruction.stage] ?? null : null;
    if (instruction.keyword === "RUN") out.push(runBody(instruction, instruction, stage, false));
    else if (instruction.keyword === "ONBUILD" && instruction.trigger?.keyword === "RUN") out.push(runBody(instruction.trigger, instruction, stage, true));
  }
  bodies.set(model, out);
  return out;
}
function runBody(run, instruction, stage, onbuild) {
  if (run.form === "exec" && run.exec) return { instruction, stage, commands: runArgvs(run), form: "exec", onbuild };
  return { instruction, stage, commands: run.commands, script: run.script, form: "shell", onbuild };
}
var commandLines = /* @__PURE__ */ new WeakMap();
function runCommandLines(model) {
  let lines = commandLines.get(model);
  if (!lines) commandLines.set(model, lines = runBodies(model).flatMap((body) => body.commands.map((command) => ({ body, line: commandLine(command) }))));
  return lines;
}
function commandHit(command, message) {
  return { line: command.line, endLine: command.line, message };
}

// src/dockerfile/runs.ts
var allRuns = /* @__PURE__ */ new WeakMap();
function runsOf(model, keep) {
  let runs = allRuns.get(model);
  if (!runs) {
    runs = runBodies(model).flatMap((body) => {
      if (!body.stage) return [];
      const commands = body.form === "exec" && !body.onbuild ? launchedCommands(body.instruction) : body.commands;
      return [{ instruction: body.instruction, stage: body.stage, commands }];
    });
    allRuns.set(model, runs);
  }
  return keep ? runs.filter((run) => keep(run.stage)) : runs.slice();
}

// src/dockerfile/packages.ts
var MANAGERS = os_package_managers_default.programs;
var verbSets = (verbs) => Object.fromEntries(Object.entries(verbs).map(([manager, list]) => [manager, new Set(list)]));
var INSTALL_VERBS = verbSets(os_package_managers_default.installVerbs);
var REMOVE_VERBS = verbSets(os_package_managers_default.removeVerbs);
var REFRESH_VERBS = verbSets(os_package_managers_default.refreshVerbs);
var INDEX_CONSUMING_VERBS = new Set(os_package_managers_default.indexConsumingVerbs);
var CACHE_FILLING_VERBS = verbSets(os_package_managers_default.cacheFillingVerbs);
var NO_VERBS = /* @__PURE__ */ new Set();
function osPackageCall(command) {
  if (calls.has(command)) return calls.get(command);
  const call = readCall(command);
  calls.set(command, call);
  return call;
}
var calls = /* @__PURE__ */ new WeakMap();
function readCall(command) {
  const line = commandLine(command);
  const manager = Object.hasOwn(MANAGERS, line.program) ? MANAGERS[line.program] : void 0;
  if (!manager) return null;
  if (isDryRun(line)) return null;
  let [verb = "", ...rest] = line.operands;
  if ((verb === "group" || verb === "groups") && rest[0] === "install") {
    verb = "groupinstall";
    rest = rest.slice(1);
  }
  const group = manager === "apk" ? (line.values.get("virtual") ?? line.values.get("t") ?? [null])[0] : null;
  const packages = rest.filter((word) => !word.includes("$") && !word.includes("::")).map(packageName).filter(Boolean);
  return { manager, verb, packages, group, line, command };
}
function isInstall(call) {
  return INSTALL_VERBS[call.manager].has(call.verb);
}
function isRemoval(call) {
  return REMOVE_VERBS[call.manager].has(call.verb);
}
function refreshVerbs(manager) {
  return REFRESH_VERBS[manager];
}
function isIndexConsumingVerb(verb) {
  return INDEX_CONSUMING_VERBS.has(verb);
}
function cacheFillingVerbs(manager) {
  return CACHE_FILLING_VERBS[manager] ?? NO_VERBS;
}
function packageName(word) {
  return word.replace(/[=~<>@/].*$/, "").replace(/:[a-z0-9]+$/, "").toLowerCase();
}
function packagesKept(commands) {
  let kept = [];
  let markedAuto = false;
  for (const command of commands) {
    const line = commandLine(command);
    if (line.program === "apt-mark" && line.operands[0] === "auto") markedAuto = true;
    const call = osPackageCall(command);
    if (!call) continue;
    if (isInstall(call)) {
      for (const name of call.packages) kept.push({ name, manager: call.manager, command, group: call.group });
    } else if (isRemoval(call)) {
      const names = new Set(call.packages);
      const autoRemoves = call.manager === "apt-get" && markedAuto && (call.verb.startsWith("auto") || call.line.options.has("auto-remove"));
      kept = kept.filter((p) => {
        if (managerFamily(p.manager) !== managerFamily(call.manager)) return true;
        if (autoRemoves && p.manager === "apt-get") return false;
        return !names.has(p.name) && !(p.group !== null && names.has(p.group.toLowerCase()));
      });
    }
  }
  return kept.map(({ name, manager, command }) => ({ name, manager, command }));
}
var FAMILIES = os_package_managers_default.families;
function managerFamily(manager) {
  return FAMILIES[manager] ?? manager;
}
var answers = /* @__PURE__ */ new WeakMap();
function packageMatches(name, wanted) {
  let matcher3 = answers.get(wanted);
  if (!matcher3) answers.set(wanted, matcher3 = memoize((n) => firstMatch(n, wanted)));
  return matcher3(name);
}
function firstMatch(name, wanted) {
  for (const w of wanted) {
    if (w.includes("*")) {
      if (globOf(w).test(name)) return w;
    } else if (name === w || name.startsWith(w + "-") && /^\d/.test(name.slice(w.length + 1))) return w;
  }
  return null;
}
var globs = /* @__PURE__ */ new Map();
function globOf(pattern) {
  let regex = globs.get(pattern);
  if (!regex) globs.set(pattern, regex = new RegExp("^" + pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$"));
  return regex;
}
function deletesDirectory(command, dirs) {
  const line = commandLine(command);
  if (line.program !== "rm") return false;
  return line.operands.some((path) => dirs.some((dir) => {
    const root = dir.replace(/\/$/, "");
    if (path.endsWith("*")) return (root + "/").startsWith(path.replace(/\*+$/, ""));
    return path.replace(/\/$/, "") === root;
  }));
}
function cleansAll(command, managers) {
  const call = osPackageCall(command);
  return !!call && managers.includes(call.manager) && call.verb === "clean" && call.line.operands.includes("all");
}

// src/rules/dockerfile/apk-no-cache.ts
var CACHE = "/var/cache/apk";
var apk_no_cache_default = dockerfileRule({
  meta: {
    id: "apk-no-cache",
    aliases: ["DL3019", "DS-0025"],
    severity: "info",
    category: "efficiency",
    title: "apk add without --no-cache",
    differs: "Only stages whose files ship are checked; silent when the RUN removes /var/cache/apk or mounts a cache there. Finding on the `apk add` line.",
    docs: {
      why: "Without `--no-cache`, apk keeps the package index it fetched in /var/cache/apk, and the layer keeps it for good.",
      fix: "Use `apk add --no-cache \u2026` (it needs no `apk update` first), or keep the cache out of the layer with `RUN --mount=type=cache,target=/var/cache/apk`.",
      bad: "RUN apk update && apk add curl",
      good: "RUN apk add --no-cache curl"
    }
  },
  check(model) {
    const shipped = shippedStages(model);
    const hits = [];
    for (const run of runsOf(model, (stage) => shipped.has(stage.index))) {
      if (hasCacheOrTmpfsMount(run.instruction, CACHE)) continue;
      run.commands.forEach((command, i) => {
        const call = osPackageCall(command);
        if (call?.manager !== "apk" || call.verb !== "add" || call.line.options.has("no-cache")) return;
        if (call.line.options.has("no-network")) return;
        if (run.commands.slice(i + 1).some((c) => deletesDirectory(c, [CACHE]))) return;
        hits.push({ line: command.line, endLine: command.line, message: "`apk add` without --no-cache leaves the package index in /var/cache/apk; use `apk add --no-cache`" });
      });
    }
    return hits;
  }
});

// src/rules/dockerfile/apk-version-unpinned.ts
var pinned = (p) => /[=~<>$]/.test(p) || p.endsWith(".apk");
var apk_version_unpinned_default = dockerfileRule({
  meta: {
    id: "apk-version-unpinned",
    aliases: ["DL3018"],
    severity: "info",
    category: "reliability",
    title: "apk add without versions",
    docs: {
      why: "Unpinned packages install whatever the Alpine mirror has on build day, so two builds can differ.",
      fix: "Pin `pkg=version` (or `pkg~version` for a release line) where reproducibility matters.",
      bad: "FROM alpine:3.20\nRUN apk add --no-cache curl",
      good: "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1"
    },
    differs: "Default severity info (hadolint: warning). The value of `--virtual`/`-t` is not mistaken for a package; the finding is on the exact line of the apk command."
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      if (!isCall(line, ["apk"], ["add"])) return [];
      const loose = line.operands.slice(1).filter((p) => !pinned(p));
      return loose.length ? [commandHit(line.command, `Pin versions in apk add: ${loose.join(", ")} (use <package>=<version>)`)] : [];
    });
  }
});

// src/rules/dockerfile/apt-get-missing-yes.ts
var apt_get_missing_yes_default = dockerfileRule({
  meta: {
    id: "apt-get-missing-yes",
    aliases: ["DL3014"],
    severity: "warning",
    category: "reliability",
    title: "apt-get install without -y",
    docs: {
      why: "Without `-y` apt-get asks for confirmation; a build has no one to answer, so it aborts when the answer is needed.",
      fix: "Add `-y` (or `--yes`, `--assume-yes`, `-qq`).",
      bad: "FROM debian:12-slim\nRUN apt-get update && apt-get install --no-install-recommends curl",
      good: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl"
    },
    differs: "Also covers `apt install`; the finding is on the exact line of the install command."
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      if (!isCall(line, ["apt-get", "apt", "aptitude"], ["install"])) return [];
      const quiet2 = (line.options.get("q") ?? 0) >= 2 || (line.options.get("quiet") ?? 0) >= 2 || line.words.some((w) => w === "-q=2" || w === "--quiet=2");
      if (hasOption(line, "y", "yes", "assume-yes", "force-yes") || quiet2) return [];
      return [commandHit(line.command, `Use \`${line.program} install -y\`: the build cannot answer the confirmation prompt`)];
    });
  }
});

// src/rules/dockerfile/apt-in-script.ts
var apt_in_script_default = dockerfileRule({
  meta: {
    id: "apt-in-script",
    aliases: ["DL3027"],
    severity: "warning",
    category: "reliability",
    title: "apt used in a script",
    docs: {
      why: "`apt` is the interactive front end: its output and behaviour may change between releases and it warns that it has no stable CLI. Scripts should use `apt-get` and `apt-cache`.",
      fix: "Replace `apt` with `apt-get` (or `apt-cache` for searches).",
      bad: "FROM debian:12-slim\nRUN apt update && apt install -y curl",
      good: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl"
    },
    differs: "Reported on the exact line of each `apt` command."
  },
  check(model) {
    return runCommandLines(model).filter(({ line }) => line.program === "apt").map(({ line }) => commandHit(line.command, "`apt` is meant for people; use `apt-get` or `apt-cache` in a Dockerfile"));
  }
});

// src/rules/dockerfile/apt-install-recommends.ts
function optionDisables(call) {
  const values = [...call.line.values.get("o") ?? [], ...call.line.values.get("option") ?? []];
  return values.some((v) => /^APT::Install-Recommends=["']?(?:false|0|no|off)["']?$/i.test(v.trim()));
}
var CONFIG_DISABLES = /APT::Install-Recommends\s+["']?(?:false|0|no|off)["']?/i;
function configuredOff(model, runs, before) {
  const chain = new Set(stageChain(model, before.stage));
  return runs.some((r) => chain.has(r.stage) && r.instruction.line < before.instruction.line && (CONFIG_DISABLES.test(r.instruction.args) || r.instruction.heredocs.some((h) => CONFIG_DISABLES.test(h.body))));
}
var apt_install_recommends_default = dockerfileRule({
  meta: {
    id: "apt-install-recommends",
    aliases: ["DL3015", "DS-0029"],
    severity: "info",
    category: "efficiency",
    title: "apt-get install without --no-install-recommends",
    differs: "Only stages whose files ship are checked (the final stage, `--target` stages and what they are built FROM); a build stage used only through `COPY --from` is silent. The finding is on the `apt-get install` line inside the RUN.",
    docs: {
      why: 'By default apt also installs every "recommended" package, often doubling what lands in the image: more to pull, more to patch, more for scanners to report.',
      fix: 'Pass `--no-install-recommends` to `apt-get install` (or set `APT::Install-Recommends "false";` in /etc/apt/apt.conf.d once) and name the packages the app needs explicitly.',
      bad: "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*",
      good: "RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*"
    }
  },
  check(model) {
    const shipped = shippedStages(model);
    const runs = runsOf(model, (stage) => shipped.has(stage.index));
    const hits = [];
    for (const run of runs) {
      for (const command of run.commands) {
        const call = osPackageCall(command);
        if (!call || call.manager !== "apt-get" || call.verb !== "install" && call.verb !== "reinstall") continue;
        const { program, options } = call.line;
        if (options.has("no-install-recommends") || optionDisables(call)) continue;
        if (program === "aptitude" && (options.has("R") || options.has("without-recommends"))) continue;
        if (configuredOff(model, runs, run)) continue;
        hits.push({ line: command.line, endLine: command.line, message: `\`${program} ${call.verb}\` without --no-install-recommends also installs recommended packages; add --no-install-recommends` });
      }
    }
    return hits;
  }
});

// src/rules/dockerfile/apt-lists-not-removed.ts
var LISTS = "/var/lib/apt/lists";
function isDistClean(command) {
  const call = osPackageCall(command);
  return call?.manager === "apt-get" && (call.verb === "distclean" || call.verb === "dist-clean");
}
var apt_lists_not_removed_default = dockerfileRule({
  meta: {
    id: "apt-lists-not-removed",
    aliases: ["DL3009"],
    severity: "info",
    category: "efficiency",
    title: "apt lists are left in the layer",
    differs: "Accepts `apt-get distclean`, and cache or tmpfs mounts on the lists or a parent directory. Finding on the `apt-get update` line.",
    docs: {
      why: "`apt-get update` downloads package indexes to /var/lib/apt/lists (tens of megabytes) that nothing at run time needs; unless the same RUN deletes them they stay in the layer for good.",
      fix: "End the RUN that updates with `rm -rf /var/lib/apt/lists/*` (or `apt-get distclean` on apt 2.7+), or keep the lists out of the layer with `RUN --mount=type=cache,target=/var/lib/apt/lists`.",
      bad: "RUN apt-get update && apt-get install -y --no-install-recommends curl",
      good: "RUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*"
    }
  },
  check(model) {
    const shipped = shippedStages(model);
    const hits = [];
    for (const run of runsOf(model, (stage) => shipped.has(stage.index))) {
      if (hasCacheOrTmpfsMount(run.instruction, "/var/lib/apt")) continue;
      let lastUpdate = -1;
      run.commands.forEach((command, i) => {
        const call = osPackageCall(command);
        if (call?.manager === "apt-get" && call.verb === "update") lastUpdate = i;
      });
      if (lastUpdate < 0) continue;
      if (run.commands.slice(lastUpdate + 1).some((c) => deletesDirectory(c, [LISTS]) || isDistClean(c))) continue;
      const update = run.commands[lastUpdate];
      hits.push({ line: update.line, endLine: update.line, message: `The apt lists from this update stay in the layer; end the RUN with \`rm -rf ${LISTS}/*\`` });
    }
    return hits;
  }
});

// src/rules/dockerfile/apt-version-unpinned.ts
var pinned2 = (p) => p.includes("=") || p.includes("/") || p.endsWith(".deb") || p.includes("$");
var apt_version_unpinned_default = dockerfileRule({
  meta: {
    id: "apt-version-unpinned",
    aliases: ["DL3008"],
    severity: "info",
    category: "reliability",
    title: "apt-get install without versions",
    docs: {
      why: "Unpinned packages install whatever the mirror has on build day, so two builds of one Dockerfile can differ.",
      fix: "Pin `pkg=version` where reproducibility matters more than picking up security updates, or rely on a pinned base image digest.",
      bad: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl",
      good: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8"
    },
    differs: "Default severity info (hadolint: warning): pinning trades security updates for reproducibility. Also covers `apt install`; words with variables are not judged."
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      if (!isCall(line, ["apt-get", "apt", "aptitude"], ["install"])) return [];
      const loose = line.operands.slice(1).filter((p) => !pinned2(p));
      return loose.length ? [commandHit(line.command, `Pin versions in apt-get install: ${loose.join(", ")} (use <package>=<version>)`)] : [];
    });
  }
});

// src/rules/dockerfile/archive-copied-then-extracted.ts
var TAR_ARCHIVE = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz)$/i;
function extracts(command) {
  const line = commandLine(command);
  if (line.program !== "tar") return [];
  const old = /^[A-Za-z]*x[A-Za-z]*$/.test(line.operands[0] ?? "") && !(line.operands[0] ?? "").includes(".");
  if (!hasOption(line, "x", "extract", "get") && !old) return [];
  return [...line.values.get("f") ?? [], ...line.values.get("file") ?? [], ...line.operands].map((w) => basename(stripQuotes(w)));
}
var archive_copied_then_extracted_default = dockerfileRule({
  meta: {
    id: "archive-copied-then-extracted",
    aliases: ["DL3010"],
    severity: "info",
    category: "efficiency",
    title: "Archive copied, then extracted in a RUN",
    docs: {
      why: "COPY of an archive followed by `tar -x` stores the archive in one layer and its contents in the next; ADD unpacks a local tar archive in a single layer.",
      fix: "Use `ADD app.tar.gz /opt/` for local tar archives (ADD does not unpack zip files or remote URLs).",
      bad: "FROM debian:12-slim\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt",
      good: "FROM debian:12-slim\nADD app.tar.gz /opt/"
    },
    differs: "Only tar archives and `tar -x` count: ADD does not unpack zip, so copying a zip for `unzip` is not flagged as hadolint does. The finding is on the COPY, with the whole instruction's lines."
  },
  check(model) {
    return model.stages.flatMap((stage) => {
      const copied = /* @__PURE__ */ new Map();
      const hits = /* @__PURE__ */ new Set();
      for (const instruction of stage.instructions) {
        if (instruction.keyword === "COPY" && !fromReferences(instruction).length && instruction.words.length >= 2) {
          const target = stripQuotes(instruction.words[instruction.words.length - 1]);
          const names = TAR_ARCHIVE.test(target) ? [target] : instruction.words.slice(0, -1).map(stripQuotes).filter((s) => TAR_ARCHIVE.test(s));
          for (const name of names) copied.set(basename(name), instruction);
        } else if (instruction.keyword === "RUN" && copied.size) {
          for (const command of runArgvs(instruction)) for (const name of extracts(command)) if (copied.has(name)) hits.add(copied.get(name));
        }
      }
      return [...hits].map((i) => ({ line: i.line, endLine: i.endLine, message: "This archive is extracted by a later RUN; `ADD` unpacks local tar archives in one layer" }));
    });
  }
});

// src/dockerfile/command-spec.ts
function sameWord(word, wanted) {
  return word === wanted || word.startsWith(wanted + ":");
}
function lineMatches({ program, operands, options }, spec) {
  if (program !== spec.program) return false;
  if (spec.option && !spec.option.some((name) => options.has(name))) return false;
  if (spec.anyArg && !operands.some((w) => spec.anyArg.includes(w))) return false;
  if (spec.firstArgs) {
    return spec.firstArgs.some((prefix) => {
      if (!prefix.every((want, i) => operands[i] !== void 0 && sameWord(operands[i], want))) return false;
      return !spec.noPackages || operands.length === prefix.length;
    });
  }
  return !spec.noPackages || operands.length === 0;
}
function specLabel(command, spec) {
  const { operands } = commandLine(command);
  if (spec.anyArg) return `${spec.program} ${operands.find((w) => spec.anyArg.includes(w))}`;
  const matching = (spec.firstArgs ?? []).filter((p) => p.every((want, i) => operands[i] !== void 0 && sameWord(operands[i], want)));
  const longest = matching.reduce((a, b) => b.length > a.length ? b : a, []);
  return [spec.program, ...operands.slice(0, longest.length)].join(" ");
}
function findSpec(command, specs) {
  const line = commandLine(command);
  for (const spec of specs) if (lineMatches(line, spec)) return spec;
  return null;
}

// src/data/build-tools.json
var build_tools_default = {
  $comment: "Compilers and build toolchains that belong in a build stage, not in the image that runs. `packages`: OS package names (lower-case, `*` matches anything). `commands`: a program, and optionally `firstArgs` (alternative leading non-option words; `build` also matches `build:prod`) or `anyArg` (task names for task runners such as Maven and Gradle). Without either, running the program at all counts.",
  packages: [
    "build-essential",
    "build-base",
    "alpine-sdk",
    "gcc",
    "g++",
    "gcc-c++",
    "clang",
    "llvm",
    "make",
    "cmake",
    "autoconf",
    "automake",
    "libtool",
    "golang",
    "golang-go",
    "go",
    "rust",
    "rustc",
    "cargo",
    "maven",
    "gradle",
    "default-jdk",
    "default-jdk-headless",
    "openjdk-*-jdk",
    "openjdk-*-jdk-headless",
    "openjdk*-jdk",
    "java-*-openjdk-devel",
    "development tools",
    "@development-tools",
    "@development tools"
  ],
  commands: [
    { program: "go", firstArgs: [["build"], ["install"]] },
    { program: "cargo", firstArgs: [["build"], ["install"]] },
    { program: "rustc" },
    { program: "mvn", anyArg: ["compile", "package", "verify", "install", "deploy"] },
    { program: "mvnw", anyArg: ["compile", "package", "verify", "install", "deploy"] },
    { program: "gradle", anyArg: ["build", "assemble", "jar", "bootJar", "installDist", "shadowJar", "compileJava"] },
    { program: "gradlew", anyArg: ["build", "assemble", "jar", "bootJar", "installDist", "shadowJar", "compileJava"] },
    { program: "javac" },
    { program: "gcc" },
    { program: "g++" },
    { program: "cc" },
    { program: "c++" },
    { program: "clang" },
    { program: "clang++" },
    { program: "make" },
    { program: "cmake" },
    { program: "npm", firstArgs: [["run", "build"], ["run-script", "build"]] },
    { program: "yarn", firstArgs: [["build"], ["run", "build"]] },
    { program: "pnpm", firstArgs: [["build"], ["run", "build"]] },
    { program: "dotnet", firstArgs: [["build"], ["publish"]] }
  ]
};

// src/rules/dockerfile/build-tools-in-final-stage.ts
var BUILD_COMMANDS = build_tools_default.commands;
var TOOLCHAIN_PACKAGES = build_tools_default.packages;
var build_tools_in_final_stage_default = dockerfileRule({
  meta: {
    id: "build-tools-in-final-stage",
    aliases: [],
    severity: "warning",
    category: "efficiency",
    title: "Final stage compiles or installs a toolchain",
    docs: {
      why: "Compilers, SDKs and build caches in the image that runs make it hundreds of megabytes larger and hand an attacker a toolchain; none of it is needed once the artifact exists.",
      fix: "Use a multi-stage build: compile in a stage on the SDK image, then start the final stage from a slim or distroless image and `COPY --from=build` only the artifact. Toolchain packages needed for a one-off build can also be removed in the same RUN that installs them.",
      bad: 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app ./cmd/server\nCMD ["/app"]',
      good: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app ./cmd/server\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\nCMD ["/app"]'
    }
  },
  check(model) {
    const chain = new Set(finalChain(model));
    const hits = [];
    for (const run of runsOf(model, (stage) => chain.has(stage))) {
      const installed = run.commands.flatMap((command) => {
        const call = osPackageCall(command);
        return call && isInstall(call) ? call.packages.filter((name) => packageMatches(name, TOOLCHAIN_PACKAGES)) : [];
      });
      const kept = packagesKept(run.commands).filter((p) => packageMatches(p.name, TOOLCHAIN_PACKAGES));
      const temporaryToolchain = installed.length > 0 && kept.length === 0;
      for (const command of temporaryToolchain ? [] : run.commands) {
        const spec = findSpec(command, BUILD_COMMANDS);
        if (spec) {
          hits.push({ line: command.line, endLine: command.line, message: `\`${specLabel(command, spec)}\` builds in the final stage, so its toolchain ships in the image; build in an earlier stage and COPY --from it only the artifact` });
        }
      }
      const byCommand = /* @__PURE__ */ new Map();
      for (const p of kept) byCommand.set(p.command, [...byCommand.get(p.command) ?? [], p.name]);
      for (const [command, names] of byCommand) {
        hits.push({ line: command.line, endLine: command.line, message: `The final stage installs build tools (${names.join(", ")}); install them in a build stage and copy only the artifact, or remove them in the same RUN` });
      }
    }
    return hits;
  }
});

// src/rules/dockerfile/cd-in-run.ts
import { posix as posix2 } from "node:path";
function isTemporary(dir) {
  return /^\/(?:var\/)?tmp(?:\/|$)/.test(dir);
}
function within(dir, ancestor) {
  return ancestor !== "/" && (dir === ancestor || dir.startsWith(ancestor + "/"));
}
function offendingCd(model, stage, instruction) {
  const commands = launchedCommands(instruction);
  if (!commands.some((c) => !c.subshell && programOf(c) === "cd")) return null;
  const vars = variablesBefore(model, stage, instruction);
  const start = workdirBefore(model, stage, instruction);
  let cwd = start;
  const resolve2 = (word) => {
    const path = expand(word, vars);
    if (path === null || path.includes("$")) return null;
    if (path.startsWith("/")) return posix2.normalize(path);
    return cwd === null ? null : posix2.join(cwd, path);
  };
  const key = (word) => resolve2(word) ?? `?${word}`;
  const local = /* @__PURE__ */ new Map();
  const cds = [];
  const removed = [];
  for (const command of commands) {
    for (const word of command.argv) {
      const assignment = word.includes("=") ? /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word) : null;
      if (!assignment) break;
      local.set(assignment[1], assignment[2]);
    }
    if (command.subshell) continue;
    const program = programOf(command);
    if (program !== "cd" && program !== "rm") continue;
    const operands = effectiveArgv(command).slice(1).filter((a) => !a.startsWith("-"));
    if (program === "cd" && operands[0]) {
      const dir = key(operands[0]);
      const madeByMktemp = /mktemp/.test(operands[0]) || variableNames(operands[0]).some((v) => v === "TMPDIR" || /mktemp/.test(local.get(v) ?? ""));
      cds.push({ command, dir, temporary: madeByMktemp || isTemporary(dir) });
      cwd = resolve2(operands[0]);
    } else if (program === "rm") {
      removed.push(...operands.map(key));
    }
  }
  const entered = (dir) => removed.some((r) => within(dir, r));
  const above = (dir) => dir === start || removed.some((r) => r.startsWith(dir === "/" ? "/" : dir + "/"));
  let inCleanup = false;
  for (const cd of cds) {
    if (entered(cd.dir)) inCleanup = true;
    else if (!(cd.temporary || inCleanup && above(cd.dir))) return cd.command;
  }
  return null;
}
var cd_in_run_default = dockerfileRule({
  meta: {
    id: "cd-in-run",
    aliases: ["DL3003"],
    severity: "warning",
    category: "maintainability",
    title: "cd in RUN instead of WORKDIR",
    differs: "Silent for `cd` inside `( \u2026 )` or `$( \u2026 )`, for temporary directories (`/tmp`, `mktemp`), and for build-and-clean steps that `cd` back and remove the directory (hadolint issue #422).",
    docs: {
      why: "A `cd` lasts only until the end of its RUN, so the next instruction silently runs somewhere else; WORKDIR states the directory once for every later instruction (and for the container).",
      fix: "Use `WORKDIR /path`. Silent, unlike hadolint, for `cd` inside a subshell `( \u2026 )` and for build-and-clean steps: a `cd` into a temp directory, or into a directory the same RUN removes.",
      bad: "RUN cd /app && npm ci",
      good: "WORKDIR /app\nRUN npm ci"
    }
  },
  check(model) {
    return model.stages.flatMap(
      (stage) => stage.instructions.filter((i) => i.keyword === "RUN").flatMap((i) => {
        const cd = offendingCd(model, stage, i);
        return cd ? [{ line: cd.line, endLine: cd.line, message: "cd in RUN only lasts until the end of this RUN; use WORKDIR to change directory" }] : [];
      })
    );
  }
});

// src/rules/dockerfile/chmod-in-separate-layer.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { posix as posix3 } from "node:path";
var GLOB = /[*?[]/;
function readChange(command) {
  const program = programOf(command);
  if (program !== "chmod" && program !== "chown") return null;
  const shortOptions = program === "chmod" ? /^-[cfvRHLP]+$/ : /^-[cfvRhHLP]+$/;
  let recursive = false;
  let reference = false;
  const operands = [];
  for (const word of effectiveArgv(command).slice(1)) {
    if (word === "--recursive" || shortOptions.test(word) && word.includes("R")) recursive = true;
    else if (word.startsWith("--reference")) reference = true;
    else if (!word.startsWith("--") && !shortOptions.test(word)) operands.push(word);
  }
  const setting = reference ? null : operands.shift() ?? null;
  return { program, recursive, setting, targets: operands };
}
function changesMode(command) {
  const program = programOf(command);
  return program === "chmod" || program === "chown";
}
function octalMode(setting) {
  if (setting && /^[0-7]{3,4}$/.test(setting)) return setting;
  return setting && /x/.test(setting) ? "755" : "<octal mode>";
}
function samePath(a, b) {
  if (a === b) return true;
  return (GLOB.test(a) || GLOB.test(b)) && (import_picomatch.default.isMatch(a, b, { dot: true }) || import_picomatch.default.isMatch(b, a, { dot: true }));
}
function inside(path, dir) {
  return path.startsWith(dir === "/" ? "/" : dir + "/") && path !== dir;
}
function rewrites(target, recursive, w) {
  if (samePath(target, w.path)) return recursive || !w.tree;
  if (inside(target, w.path)) return true;
  return recursive && inside(w.path, target);
}
var CopiedPaths = class {
  byPath = /* @__PURE__ */ new Map();
  beneath = /* @__PURE__ */ new Map();
  globbed = [];
  size = 0;
  add(w) {
    this.size++;
    if (GLOB.test(w.path)) {
      this.globbed.push(w);
      return;
    }
    push(this.byPath, w.path, w);
    for (let dir = posix3.dirname(w.path); ; dir = posix3.dirname(dir)) {
      push(this.beneath, dir, w);
      if (dir === "/" || dir === ".") break;
    }
  }
  /** The latest copy whose files changing `target` rewrites: the one that wrote what the change rewrites now. */
  find(target, recursive) {
    const check = (w) => rewrites(target, recursive, w);
    const candidates = this.globbed.filter(check);
    if (GLOB.test(target)) candidates.push(...[...this.byPath.values()].flat().filter(check));
    else {
      for (let dir = target; ; dir = posix3.dirname(dir)) {
        candidates.push(...this.byPath.get(dir)?.filter(check) ?? []);
        if (dir === "/" || dir === ".") break;
      }
      if (recursive) candidates.push(...this.beneath.get(target) ?? []);
    }
    return candidates.reduce((latest, w) => !latest || w.instruction.line > latest.instruction.line ? w : latest, void 0);
  }
};
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function resolve(word, vars, cwd) {
  const path = expand(stripQuotes(word), vars);
  if (path === null || path === "") return null;
  if (path.startsWith("/")) return posix3.normalize(path).replace(/(.)\/$/, "$1");
  return cwd === null ? null : posix3.join(cwd, path).replace(/(.)\/$/, "$1");
}
function written(model, stage, instruction) {
  const paths = copyPaths(instruction);
  if (!paths || !paths.sources.length) return [];
  const vars = variablesBefore(model, stage, instruction);
  const dest = resolve(paths.dest, vars, workdirBefore(model, stage, instruction));
  if (dest === null) return [];
  const raw = paths.dest;
  const intoDirectory = raw.endsWith("/") || raw === "." || raw === ".." || paths.sources.length > 1 || paths.sources.some((s) => GLOB.test(s));
  return paths.sources.map((source) => {
    const unpacked = instruction.keyword === "ADD" && !isRemoteSource(source) && add_auto_extract_default.extensions.some((ext) => source.endsWith(ext));
    if (unpacked || source === "." || source.endsWith("/")) return { path: dest, tree: true, instruction };
    if (!intoDirectory) return { path: dest, tree: false, instruction };
    const name = posix3.basename(isRemoteSource(source) ? source.replace(/[?#].*$/, "") : source);
    return { path: posix3.join(dest, name), tree: false, instruction };
  });
}
function usersMadeFrom(stage, line) {
  const names = /* @__PURE__ */ new Set();
  for (const instruction of stage.instructions) {
    if (instruction.keyword !== "RUN" || instruction.endLine < line) continue;
    for (const command of launchedCommands(instruction)) {
      if (!["useradd", "adduser", "groupadd", "addgroup"].includes(programOf(command))) continue;
      const last = effectiveArgv(command).at(-1);
      if (last && !last.startsWith("-")) names.add(last);
    }
  }
  return names;
}
var chmod_in_separate_layer_default = dockerfileRule({
  meta: {
    id: "chmod-in-separate-layer",
    aliases: [],
    severity: "warning",
    category: "efficiency",
    title: "chmod/chown in a RUN after COPY",
    docs: {
      why: "Changing mode or owner of a file rewrites it whole into the RUN\u2019s new layer, so every copied byte is stored (and pulled) twice; a `chown -R` over a copied app directory can double the image.",
      fix: "Set mode and owner while copying: `COPY --chmod=755 entrypoint.sh /usr/local/bin/`, `COPY --chown=10001:10001 . /app`.",
      bad: "COPY . /app\nRUN chown -R 10001:10001 /app",
      good: "COPY --chown=10001:10001 . /app"
    }
  },
  check(model) {
    const hits = [];
    for (const stage of model.stages) {
      if (!stage.instructions.some((i) => i.keyword === "RUN" && launchedCommands(i).some(changesMode))) continue;
      const copied = new CopiedPaths();
      for (const instruction of stage.instructions) {
        if (instruction.keyword === "COPY" || instruction.keyword === "ADD") written(model, stage, instruction).forEach((w) => copied.add(w));
        if (instruction.keyword !== "RUN" || !copied.size) continue;
        const vars = variablesBefore(model, stage, instruction);
        let cwd = workdirBefore(model, stage, instruction);
        for (const command of launchedCommands(instruction)) {
          if (programOf(command) === "cd" && !command.subshell) {
            const to = effectiveArgv(command).slice(1).find((w) => !w.startsWith("-"));
            cwd = to === void 0 ? null : resolve(to, vars, cwd);
            continue;
          }
          const change = readChange(command);
          if (!change) continue;
          const match = change.targets.map((t) => resolve(t, vars, cwd)).flatMap((target) => {
            const w = target === null ? void 0 : copied.find(target, change.recursive);
            return w && target !== null ? [{ target, w }] : [];
          })[0];
          if (!match) continue;
          const suggestion4 = `${match.w.instruction.keyword} ${change.program === "chmod" ? `--chmod=${octalMode(change.setting)}` : `--chown=${change.setting ?? "<user>"}`}`;
          const owner = change.program === "chown" ? (change.setting ?? "").split(/[:.]/)[0] : "";
          const madeLater = owner !== "" && !/^\d+$/.test(owner) && usersMadeFrom(stage, match.w.instruction.line).has(owner);
          hits.push({
            line: command.line,
            endLine: command.line,
            message: `${change.program} on ${match.target} rewrites files the ${match.w.instruction.keyword} on line ${match.w.instruction.line} wrote, storing them twice; set it while copying with ${suggestion4}${madeLater ? ` (create user ${owner} before that ${match.w.instruction.keyword}, or give numeric ids: --chown resolves names when it runs)` : ""}`
          });
        }
      }
    }
    return hits;
  }
});

// src/rules/dockerfile/consecutive-run.ts
var flagsOf = (i) => JSON.stringify(i.flags);
var size = (i) => i.form === "exec" ? 1 : i.commands.length;
var consecutive_run_default = dockerfileRule({
  meta: {
    id: "consecutive-run",
    aliases: ["DL3059"],
    severity: "info",
    category: "efficiency",
    title: "Consecutive small RUN instructions",
    docs: {
      why: "Each RUN makes a layer; short RUNs in a row add layers (and cache steps) that one RUN would not.",
      fix: "Join them with `&&` in one RUN. Longer RUNs (more than two commands) are left apart on purpose: splitting them can help the build cache.",
      bad: "FROM debian:12-slim\nRUN mkdir -p /app\nRUN chown 10001 /app",
      good: "FROM debian:12-slim\nRUN mkdir -p /app && chown 10001 /app"
    },
    differs: "Same thresholds as hadolint (both RUNs of at most two commands, same flags, only comments between); reported on the second RUN with its whole line range."
  },
  check(model) {
    return model.stages.flatMap((stage) => {
      const hits = [];
      let previous = null;
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== "RUN") {
          previous = null;
          continue;
        }
        if (previous && flagsOf(previous) === flagsOf(instruction) && size(previous) <= 2 && size(instruction) <= 2) {
          hits.push({ line: instruction.line, endLine: instruction.endLine, message: `RUN right after the RUN on line ${previous.line}: consider one RUN` });
        }
        previous = instruction;
      }
      return hits;
    });
  }
});

// src/data/dependency-installs.json
var dependency_installs_default = {
  $comment: "Commands that install a project's dependencies from its manifest (package.json, requirements.txt, go.mod \u2026). `firstArgs`: alternative leading non-option words. `noPackages`: nothing may follow them (`npm install express` adds one package, it does not install the manifest). `option`: one of these options (without dashes) must be present (`pip install -r requirements.txt`). `anyArg`: one of these words must appear. `pip3`, `pip3.12` and `python -m pip` count as `pip`.",
  installs: [
    { program: "npm", firstArgs: [["ci"], ["install"], ["i"]], noPackages: true },
    { program: "yarn", firstArgs: [[], ["install"]], noPackages: true },
    { program: "pnpm", firstArgs: [["install"], ["i"]], noPackages: true },
    { program: "pip", firstArgs: [["install"]], option: ["r", "requirement"] },
    { program: "poetry", firstArgs: [["install"]] },
    { program: "pipenv", firstArgs: [["install"], ["sync"]], noPackages: true },
    { program: "uv", firstArgs: [["sync"], ["pip", "sync"]] },
    { program: "go", firstArgs: [["mod", "download"]] },
    { program: "bundle", firstArgs: [["install"]] },
    { program: "bundle", firstArgs: [[]], noPackages: true },
    { program: "composer", firstArgs: [["install"]] },
    { program: "mvn", anyArg: ["dependency:go-offline", "dependency:resolve"] },
    { program: "mvnw", anyArg: ["dependency:go-offline", "dependency:resolve"] },
    { program: "cargo", firstArgs: [["fetch"]] },
    { program: "dotnet", firstArgs: [["restore"]] }
  ]
};

// src/rules/dockerfile/copy-before-dependency-install.ts
var INSTALLS = dependency_installs_default.installs;
function copiesWholeContext(instruction) {
  if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD" || fromReferences(instruction).length) return false;
  const paths = copyPaths(instruction);
  return !!paths && paths.sources.some((s) => /^(?:\.\/?|\.\/\*|\*)$/.test(s));
}
var copy_before_dependency_install_default = dockerfileRule({
  meta: {
    id: "copy-before-dependency-install",
    aliases: [],
    severity: "warning",
    category: "efficiency",
    title: "Whole source tree copied before installing dependencies",
    docs: {
      why: "Docker reuses a layer only while everything before it is unchanged. With `COPY . .` before `npm ci` (or pip, go, bundle, composer \u2026), every edit to any source file reinstalls all dependencies, turning seconds-long rebuilds into minutes.",
      fix: "Copy only the dependency manifests first, install, then copy the rest: `COPY package.json package-lock.json ./`, `RUN npm ci`, `COPY . .`.",
      bad: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]',
      good: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]'
    }
  },
  check(model) {
    const hits = [];
    const runs = runsOf(model);
    for (const stage of model.stages) {
      let pending = [];
      for (const instruction of stage.instructions) {
        if (copiesWholeContext(instruction)) pending.push(instruction);
        if (instruction.keyword !== "RUN" || pending.length === 0) continue;
        const run = runs.find((r) => r.instruction === instruction);
        for (const command of run?.commands ?? []) {
          const spec = findSpec(command, INSTALLS);
          if (!spec) continue;
          const label = specLabel(command, spec);
          for (const copy of pending) {
            hits.push({ line: copy.line, endLine: copy.endLine, message: `${copy.keyword} of the whole build context comes before \`${label}\` on line ${command.line}, so every source change reinstalls dependencies; copy the manifests first, install, then copy the rest` });
          }
          pending = [];
          break;
        }
      }
    }
    return hits;
  }
});

// src/rules/dockerfile/copy-entire-filesystem.ts
var copy_entire_filesystem_default = dockerfileRule({
  meta: {
    id: "copy-entire-filesystem",
    aliases: ["DL3067"],
    severity: "warning",
    category: "efficiency",
    title: "COPY --from of a whole filesystem",
    docs: {
      why: "`COPY --from=stage / /` drags the other stage's entire root \u2014 package caches, compilers, shells \u2014 into the image, defeating the multi-stage build.",
      fix: "Copy only the artifacts you need: `COPY --from=build /out/app /usr/local/bin/app`.",
      bad: "FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build / /",
      good: "FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /out/app /app"
    },
    differs: "Same check, with the COPY's whole line range."
  },
  check(model) {
    return model.instructions.filter((i) => i.keyword === "COPY" && fromReferences(i).length > 0 && i.words.length >= 2).filter((i) => stripQuotes(i.words[i.words.length - 1]) === "/" && i.words.slice(0, -1).some((w) => stripQuotes(w) === "/")).map((i) => ({ line: i.line, endLine: i.endLine, message: "COPY --from of / to / copies the whole filesystem of the other stage" }));
  }
});

// src/rules/dockerfile/copy-from-own-stage.ts
var copy_from_own_stage_default = dockerfileRule({
  meta: {
    id: "copy-from-own-stage",
    aliases: ["DL3023"],
    severity: "error",
    category: "reliability",
    title: "COPY --from names its own stage",
    docs: {
      why: "A stage cannot copy from itself: the build fails with a circular dependency (or, with a numeric index, copies from a stage that does not exist yet).",
      fix: "Copy from the earlier stage that produced the file, or use a plain `COPY`/`RUN cp` inside the stage.",
      bad: "FROM node:20 AS build\nCOPY --from=build /app/dist /dist",
      good: "FROM node:20 AS deps\nRUN npm ci\nFROM node:20 AS build\nCOPY --from=deps /app/node_modules ./node_modules"
    }
  },
  check(model) {
    const hits = [];
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        for (const ref of fromReferences(instruction)) {
          const target = resolveFrom(model, ref);
          if (target.kind === "stage" && target.index === stage.index) {
            hits.push({ line: instruction.line, endLine: instruction.endLine, message: `${ref.via}=${ref.value} names the stage it is in; copy from an earlier stage instead` });
          }
        }
      }
    }
    return hits;
  }
});

// src/rules/dockerfile/copy-from-unknown-stage.ts
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
function problem(model, stage, ref) {
  const { value } = ref;
  const target = resolveFrom(model, ref);
  if (target.kind === "unresolved") {
    return `docker build does not expand variables in --from and fails; copy from a stage instead: \`FROM ${value} AS <name>\` (the ARG declared before the first FROM), then --from=<name>`;
  }
  if (target.kind === "stage") {
    if (target.index <= stage.index) return null;
    if (/^\d+$/.test(value)) return `there is no stage ${value} before this one (stages count from 0)`;
    return `stage '${value.toLowerCase()}' is defined later in the file; stages can only copy from earlier ones`;
  }
  if (plainlyAnImage(value)) return null;
  if (/^\d+$/.test(value)) return `a mount takes a stage name, not an index; docker build pulls an image called '${value}'`;
  const lower = value.toLowerCase();
  const earlier = model.stages.slice(0, stage.index).map((s) => s.name).filter((n) => n !== null);
  const close = earlier.find((n) => distance(n, lower) <= Math.max(1, Math.floor(n.length / 4)));
  if (close) return `no earlier stage is called '${lower}'; did you mean '${close}'?`;
  return `no earlier stage is called '${lower}'; if it is an image, give it a tag (${value}:<version>)`;
}
var copy_from_unknown_stage_default = dockerfileRule({
  meta: {
    id: "copy-from-unknown-stage",
    aliases: ["DL3022"],
    severity: "warning",
    category: "reliability",
    title: "COPY --from names no earlier stage",
    differs: "`--from` is matched against the stages as BuildKit does (an index only in `COPY`); a variable in it is reported, as docker build refuses it; an image reference (`nginx:1.25`, `ghcr.io/x/y`) is silent; also checks `RUN --mount=from=` and suggests the nearest stage name.",
    docs: {
      why: "A bare name in `--from` that is no earlier stage is pulled from Docker Hub as an image: a typo in a stage name silently copies from an unrelated (or attacker-controlled) image, or fails the build. A variable there (`--from=$IMAGE`) fails `docker build`: BuildKit expands none in `--from` (Podman does).",
      fix: "Name an earlier `FROM \u2026 AS <name>` stage, or write the image with its tag (`--from=nginx:1.25`), which this rule accepts. For an image chosen by a build arg, declare the ARG before the first FROM, add `FROM ${IMAGE} AS src` and copy `--from=src`.",
      bad: "FROM golang:1.22 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static\nCOPY --from=biuld /app /app",
      good: "FROM golang:1.22 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app"
    }
  },
  check(model) {
    const hits = [];
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        for (const ref of fromReferences(instruction)) {
          const why = problem(model, stage, ref);
          if (why) hits.push({ line: instruction.line, endLine: instruction.endLine, message: `${ref.via}=${ref.value}: ${why}` });
        }
      }
    }
    return hits;
  }
});

// src/rules/dockerfile/copy-multiple-sources-no-slash.ts
var copy_multiple_sources_no_slash_default = dockerfileRule({
  meta: {
    id: "copy-multiple-sources-no-slash",
    aliases: ["DL3021"],
    severity: "error",
    category: "reliability",
    title: "COPY of several sources to a destination without a trailing /",
    docs: {
      why: "With more than one source Docker requires the destination to be a directory ending in `/`; the build fails otherwise.",
      fix: "End the destination with `/`.",
      bad: "FROM node:20-slim\nCOPY package.json package-lock.json /app",
      good: "FROM node:20-slim\nCOPY package.json package-lock.json /app/"
    },
    differs: "Also checks ADD, which has the same requirement; reported with the instruction's whole line range."
  },
  check(model) {
    return model.instructions.filter((i) => (i.keyword === "COPY" || i.keyword === "ADD") && i.words.length > 2).filter((i) => {
      const dest = stripQuotes(i.words[i.words.length - 1]);
      return !dest.endsWith("/") && !dest.endsWith("\\") && !dest.includes("$");
    }).map((i) => ({ line: i.line, endLine: i.endLine, message: `${i.keyword} with ${i.words.length - 1} sources needs a destination ending in /` }));
  }
});

// src/rules/dockerfile/copy-relative-without-workdir.ts
var copy_relative_without_workdir_default = dockerfileRule({
  meta: {
    id: "copy-relative-without-workdir",
    aliases: ["DL3045"],
    severity: "warning",
    category: "reliability",
    title: "COPY to a relative path without WORKDIR",
    docs: {
      why: "A relative COPY destination lands in the base image's working directory, which you did not choose and which can change with the base image.",
      fix: "Set `WORKDIR /app` first, or copy to an absolute path.",
      bad: "FROM node:20-slim\nCOPY package.json .",
      good: "FROM node:20-slim\nWORKDIR /app\nCOPY package.json ."
    },
    differs: "A WORKDIR in a stage this one is built FROM counts, as in hadolint; reported with the COPY's whole line range."
  },
  check(model) {
    return model.stages.flatMap((stage) => {
      let workdir = stageChain(model, stage).slice(0, -1).some((s) => s.instructions.some((i) => i.keyword === "WORKDIR"));
      const hits = [];
      for (const instruction of stage.instructions) {
        if (instruction.keyword === "WORKDIR") workdir = true;
        if (instruction.keyword !== "COPY" || workdir || instruction.words.length < 2) continue;
        const dest = stripQuotes(instruction.words[instruction.words.length - 1]);
        if (dest.startsWith("/") || dest.startsWith("$") || /^[A-Za-z]:/.test(dest)) continue;
        hits.push({ line: instruction.line, endLine: instruction.endLine, message: `COPY to the relative path ${dest} without a WORKDIR: it lands wherever the base image's working directory is` });
      }
      return hits;
    });
  }
});

// src/rules/dockerfile/dnf-clean-missing.ts
var CACHES = ["/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/yum"];
var dnf_clean_missing_default = dockerfileRule({
  meta: {
    id: "dnf-clean-missing",
    aliases: ["DL3040", "DS-0019"],
    severity: "warning",
    category: "efficiency",
    title: "`dnf clean all` missing after dnf install",
    differs: "Only stages whose files ship are checked; cache mounts silence it. Finding on the `dnf install` line.",
    docs: {
      why: "dnf and microdnf keep downloaded packages and metadata in /var/cache; unless the same RUN cleans it, the layer keeps it for good.",
      fix: "End the RUN with `dnf clean all` (`microdnf clean all`), or keep the cache out of the layer with `RUN --mount=type=cache,target=/var/cache/dnf` (`/var/cache/libdnf5` for dnf 5).",
      bad: "RUN dnf install -y httpd",
      good: "RUN dnf install -y httpd && dnf clean all"
    }
  },
  check(model) {
    const shipped = shippedStages(model);
    const hits = [];
    for (const run of runsOf(model, (stage) => shipped.has(stage.index))) {
      if (CACHES.some((dir) => hasCacheOrTmpfsMount(run.instruction, dir)) || hasCacheOrTmpfsMount(run.instruction, ".cache/libdnf5")) continue;
      let program = "dnf";
      const at = run.commands.findIndex((command2, i) => {
        const call = osPackageCall(command2);
        if (!call || call.manager !== "dnf" && call.manager !== "microdnf" || !cacheFillingVerbs(call.manager).has(call.verb)) return false;
        program = call.manager;
        return !run.commands.slice(i + 1).some((c) => cleansAll(c, ["dnf", "microdnf", "yum"]) || deletesDirectory(c, CACHES));
      });
      if (at < 0) continue;
      const command = run.commands[at];
      hits.push({ line: command.line, endLine: command.line, message: `\`${program} clean all\` is missing after this ${program} command; the package cache stays in the layer` });
    }
    return hits;
  }
});

// src/rules/dockerfile/dnf-missing-yes.ts
var dnf_missing_yes_default = dockerfileRule({
  meta: {
    id: "dnf-missing-yes",
    aliases: ["DL3038"],
    severity: "warning",
    category: "reliability",
    title: "dnf install without -y",
    docs: {
      why: "Without `-y` dnf asks for confirmation, which a build cannot give.",
      fix: "Add `-y` (or `--assumeyes`).",
      bad: "FROM fedora:40\nRUN dnf install httpd && dnf clean all",
      good: "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all"
    },
    differs: "Covers microdnf as hadolint does; reported on the exact line of the dnf command."
  },
  check(model) {
    return runCommandLines(model).filter(({ line }) => isCall(line, ["dnf", "microdnf"], ["install", "groupinstall", "localinstall"]) && !hasOption(line, "y", "assumeyes")).map(({ line }) => commandHit(line.command, `Use \`${line.program} install -y\`: the build cannot answer the confirmation prompt`));
  }
});

// src/rules/dockerfile/_rpm.ts
function rpmPinned(spec) {
  if (spec.includes("$") || spec.endsWith(".rpm")) return true;
  const parts = spec.split("-").slice(1);
  return parts.length > 0 && parts.every((p) => /^[A-Za-z0-9.~^_:+]+$/.test(p)) && parts.some((p) => /^\d/.test(p));
}
var modulePinned = (spec) => spec.includes(":") || spec.includes("$");
function unpinnedRpmSpecs(line, programs2) {
  if (isCall(line, programs2, ["module"]) && line.operands[1] === "install") return line.operands.slice(2).filter((m) => !modulePinned(m));
  if (!isCall(line, programs2, ["install"])) return null;
  return line.operands.slice(1).filter((p) => !rpmPinned(p));
}

// src/rules/dockerfile/dnf-version-unpinned.ts
var dnf_version_unpinned_default = dockerfileRule({
  meta: {
    id: "dnf-version-unpinned",
    aliases: ["DL3041"],
    severity: "info",
    category: "reliability",
    title: "dnf install without versions",
    docs: {
      why: "Unpinned packages install whatever the repository has on build day, so two builds can differ.",
      fix: "Pin `pkg-version` (and `module:stream` for modules) where reproducibility matters.",
      bad: "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all",
      good: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62-1.fc40 && dnf clean all"
    },
    differs: "Default severity info (hadolint: warning); covers microdnf; the finding is on the exact line of the dnf command."
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      const loose = unpinnedRpmSpecs(line, ["dnf", "microdnf"]);
      return loose?.length ? [commandHit(line.command, `Specify versions with ${line.program} install: ${loose.join(", ")} (use <package>-<version>)`)] : [];
    });
  }
});

// src/rules/dockerfile/duplicate-stage-name.ts
var duplicate_stage_name_default = dockerfileRule({
  meta: {
    id: "duplicate-stage-name",
    aliases: ["DL3024"],
    severity: "error",
    category: "reliability",
    title: "Two stages share a name",
    docs: {
      why: "Stage names are case-insensitive and must be unique: BuildKit refuses the file, and older builders silently pick one of the stages for `--from` and `--target`.",
      fix: "Give every `FROM \u2026 AS <name>` its own name.",
      bad: "FROM node:20 AS build\nFROM golang:1.22 AS build",
      good: "FROM node:20 AS web-build\nFROM golang:1.22 AS api-build"
    }
  },
  check(model) {
    const firstByName = /* @__PURE__ */ new Map();
    return model.stages.flatMap((stage) => {
      if (stage.name === null) return [];
      const first = firstByName.get(stage.name);
      if (first === void 0) {
        firstByName.set(stage.name, stage.fromInstruction.line);
        return [];
      }
      const at = stage.fromInstruction;
      return [{ line: at.line, endLine: at.endLine, message: `Stage name '${stage.name}' is already used by the stage on line ${first}; stage names must be unique` }];
    });
  }
});

// src/rules/dockerfile/env-self-reference.ts
var patternFor = memoize((name) => new RegExp(`\\$(?:\\{${name}(?=[}:+\\-?])|${name}(?![A-Za-z0-9_]))`), 1e3);
function references(text, name) {
  return patternFor(name).test(text);
}
var env_self_reference_default = dockerfileRule({
  meta: {
    id: "env-self-reference",
    aliases: ["DL3044"],
    severity: "error",
    category: "reliability",
    title: "ENV refers to a variable it defines itself",
    docs: {
      why: "In `ENV A=1 B=$A`, `$A` is substituted with the value before this instruction \u2014 here none \u2014 so B is empty, not 1.",
      fix: "Split the instruction: `ENV A=1` then `ENV B=$A`.",
      bad: "FROM debian:12-slim\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin",
      good: "FROM debian:12-slim\nENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin"
    },
    differs: "Names already set by an earlier ARG/ENV of the stage (or a stage it is built FROM) are fine, as in hadolint; the finding names the variable."
  },
  check(model) {
    return model.stages.flatMap(
      (stage) => stage.instructions.filter((i) => i.keyword === "ENV").flatMap((instruction) => {
        const pairs = keyValues(instruction, model.escapeChar);
        if (pairs.length < 2) return [];
        const known = variablesBefore(model, stage, instruction);
        const bad = pairs.filter(({ name }, own) => !known.has(name) && pairs.some(({ value = "" }, i) => i !== own && references(value, name)));
        return bad.length ? [{ line: instruction.line, endLine: instruction.endLine, message: `${bad.map((p) => p.name).join(", ")} is used in the same ENV that defines it, where it is still unset` }] : [];
      })
    );
  }
});

// src/rules/dockerfile/expose-port-out-of-range.ts
var expose_port_out_of_range_default = dockerfileRule({
  meta: {
    id: "expose-port-out-of-range",
    aliases: ["DL3011"],
    severity: "error",
    category: "reliability",
    title: "EXPOSE port outside 0\u201365535",
    docs: {
      why: "TCP and UDP ports are 16-bit: a larger number is a typo that Kubernetes Services and probes cannot use.",
      fix: "Use a port between 0 and 65535.",
      bad: "FROM nginx:1.27-alpine\nEXPOSE 80800",
      good: "FROM nginx:1.27-alpine\nEXPOSE 8080"
    },
    differs: "Ports given by an ARG/ENV with a default are resolved and checked; unknown variables are left alone."
  },
  check(model) {
    return model.stages.flatMap(
      (stage) => stage.instructions.filter((i) => i.keyword === "EXPOSE").flatMap((instruction) => {
        const vars = variablesBefore(model, stage, instruction);
        const bad = instruction.words.filter((word) => {
          const { text, unresolved } = substitute(word, vars);
          if (unresolved) return false;
          return text.split(/\s+/).some((spec) => spec.split("/")[0].split("-").some((p) => /^\d+$/.test(p) && Number(p) > 65535));
        });
        return bad.length ? [{ line: instruction.line, endLine: instruction.endLine, message: `Port ${bad.join(", ")} is outside 0\u201365535` }] : [];
      })
    );
  }
});

// src/rules/dockerfile/expose-ssh-port.ts
var SSH = 22;
function exposesSsh(spec) {
  const [ports] = spec.split("/");
  const range = /^(\d+)(?:-(\d+))?$/.exec(ports);
  if (!range) return false;
  const low = Number(range[1]);
  const high = range[2] === void 0 ? low : Number(range[2]);
  return low <= SSH && SSH <= high;
}
var expose_ssh_port_default = dockerfileRule({
  meta: {
    id: "expose-ssh-port",
    aliases: ["DS-0004"],
    severity: "warning",
    category: "security",
    title: "SSH port exposed",
    docs: {
      why: "Port 22 means an SSH server in the container: another way in, another credential to leak, and a second long-running process. Kubernetes has `kubectl exec` and ephemeral debug containers for shell access.",
      fix: "Remove the SSH server and `EXPOSE 22`; use `kubectl exec` or `kubectl debug` to get a shell.",
      bad: "EXPOSE 22 8080",
      good: "EXPOSE 8080"
    }
  },
  check(model) {
    return model.stages.flatMap(
      (stage) => stage.instructions.filter((i) => i.keyword === "EXPOSE").filter((i) => {
        const vars = variablesBefore(model, stage, i);
        return i.words.some((word) => {
          const spec = expand(word, vars);
          return spec !== null && spec.split(/\s+/).some(exposesSsh);
        });
      }).map((i) => ({ line: i.line, endLine: i.endLine, message: "EXPOSE includes port 22 (SSH); drop the SSH server and use `kubectl exec` or `kubectl debug` for shell access" }))
    );
  }
});

// src/rules/dockerfile/from-platform-fixed.ts
var from_platform_fixed_default = dockerfileRule({
  meta: {
    id: "from-platform-fixed",
    aliases: ["DL3029"],
    severity: "warning",
    category: "reliability",
    title: "FROM --platform with a fixed platform",
    docs: {
      why: "A hard-coded `--platform=linux/amd64` builds that architecture everywhere: on an arm64 node the image runs under emulation or not at all, and multi-platform builds silently ship the wrong binary.",
      fix: "Drop the flag, or use `--platform=$BUILDPLATFORM` for cross-compiling build stages.",
      bad: "FROM --platform=linux/amd64 node:20-slim",
      good: "FROM --platform=$BUILDPLATFORM golang:1.22 AS build"
    },
    differs: "Any variable (`$BUILDPLATFORM`, `$TARGETPLATFORM` or a build ARG) is accepted: it is chosen at build time. hadolint accepts only BUILDPLATFORM/TARGETPLATFORM."
  },
  check(model) {
    return model.stages.filter((s) => s.platform !== null && !s.platform.includes("$")).map((s) => ({ line: s.fromInstruction.line, endLine: s.fromInstruction.endLine, message: `FROM --platform=${s.platform} pins one architecture; leave it to the build or use $BUILDPLATFORM` }));
  }
});

// src/rules/dockerfile/from-platform-redundant.ts
var from_platform_redundant_default = dockerfileRule({
  meta: {
    id: "from-platform-redundant",
    aliases: ["DL3065"],
    severity: "warning",
    category: "maintainability",
    title: "FROM --platform=$TARGETPLATFORM is redundant",
    docs: {
      why: "Stages are built for the target platform by default; saying so adds noise and hides the stages that really choose a platform.",
      fix: "Drop the flag.",
      bad: "FROM --platform=$TARGETPLATFORM node:20-slim",
      good: "FROM node:20-slim"
    },
    differs: "Same check."
  },
  check(model) {
    return model.stages.filter((s) => s.platform === "$TARGETPLATFORM" || s.platform === "${TARGETPLATFORM}").map((s) => ({ line: s.fromInstruction.line, endLine: s.fromInstruction.endLine, message: "--platform=$TARGETPLATFORM is the default; drop it" }));
  }
});

// src/rules/dockerfile/gem-version-unpinned.ts
var gem_version_unpinned_default = dockerfileRule({
  meta: {
    id: "gem-version-unpinned",
    aliases: ["DL3028"],
    severity: "info",
    category: "reliability",
    title: "gem install without versions",
    docs: {
      why: "An unpinned gem installs the newest release on build day, so rebuilds can differ or break.",
      fix: "Pin `gem install <gem>:<version>` or `gem install <gem> -v <version>`, or use a Gemfile.lock with bundler.",
      bad: "FROM ruby:3.3-slim\nRUN gem install bundler",
      good: "FROM ruby:3.3-slim\nRUN gem install bundler:2.5.11"
    },
    differs: "Default severity info (hadolint: warning); the finding is on the exact line of the gem command."
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      if (!isCall(line, ["gem"], ["install", "i"]) || hasOption(line, "v", "version")) return [];
      const dashdash = line.words.indexOf("--");
      const gems = line.operands.slice(1).filter((g) => !g.startsWith("-") && (dashdash < 0 || line.words.indexOf(g) < dashdash));
      const loose = gems.filter((g) => !g.includes(":") && !g.includes("$") && !g.endsWith(".gem"));
      return loose.length ? [commandHit(line.command, `Pin versions in gem install: ${loose.join(", ")} (use <gem>:<version>)`)] : [];
    });
  }
});

// src/rules/dockerfile/go-version-unpinned.ts
var remote = (p) => /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i.test(p) && !p.includes("$");
var pinned3 = (p) => /@(?!latest$|none$|upgrade$|patch$)[^@]+$/.test(p);
var go_version_unpinned_default = dockerfileRule({
  meta: {
    id: "go-version-unpinned",
    aliases: ["DL3062"],
    severity: "info",
    category: "reliability",
    title: "go install or go run of a module without a version",
    docs: {
      why: "`go install example.com/tool` (or `@latest`) builds whatever is newest on build day, outside go.sum.",
      fix: "Name a version: `go install example.com/tool@v1.2.3`.",
      bad: "FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@latest",
      good: "FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.16.1"
    },
    differs: "Default severity info (hadolint: warning). Only remote module paths are judged, so `go run main.go` or `go install ./cmd/app` are not flagged; `@upgrade`/`@patch` count as unpinned like `@latest`."
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      let packages = [];
      if (isCall(line, ["go"], ["install", "get"])) packages = line.operands.slice(1).filter((p) => p !== "tool");
      else if (isCall(line, ["go"], ["run"])) packages = line.operands.slice(1, 2);
      const loose = packages.filter((p) => remote(p) && !pinned3(p));
      return loose.length ? [commandHit(line.command, `Pin versions in go ${line.operands[0]}: ${loose.join(", ")} (use <module>@<version>)`)] : [];
    });
  }
});

// node_modules/spdx-license-ids/index.json
var spdx_license_ids_default = [
  "0BSD",
  "3D-Slicer-1.0",
  "AAL",
  "ADSL",
  "AFL-1.1",
  "AFL-1.2",
  "AFL-2.0",
  "AFL-2.1",
  "AFL-3.0",
  "AGPL-1.0-only",
  "AGPL-1.0-or-later",
  "AGPL-3.0-only",
  "AGPL-3.0-or-later",
  "ALGLIB-Documentation",
  "AMD-newlib",
  "AMDPLPA",
  "AML",
  "AML-glslang",
  "AMPAS",
  "ANTLR-PD",
  "ANTLR-PD-fallback",
  "APAFML",
  "APL-1.0",
  "APSL-1.0",
  "APSL-1.1",
  "APSL-1.2",
  "APSL-2.0",
  "ASWF-Digital-Assets-1.0",
  "ASWF-Digital-Assets-1.1",
  "Abstyles",
  "AdaCore-doc",
  "Adobe-2006",
  "Adobe-Display-PostScript",
  "Adobe-Glyph",
  "Adobe-Utopia",
  "Advanced-Cryptics-Dictionary",
  "Afmparse",
  "Aladdin",
  "Apache-1.0",
  "Apache-1.1",
  "Apache-2.0",
  "App-s2p",
  "Arphic-1999",
  "Artistic-1.0",
  "Artistic-1.0-Perl",
  "Artistic-1.0-cl8",
  "Artistic-2.0",
  "Artistic-dist",
  "Aspell-RU",
  "BOLA-1.1",
  "BSD-1-Clause",
  "BSD-2-Clause",
  "BSD-2-Clause-Darwin",
  "BSD-2-Clause-Patent",
  "BSD-2-Clause-Views",
  "BSD-2-Clause-first-lines",
  "BSD-2-Clause-pkgconf-disclaimer",
  "BSD-2-Clause-pos-unchanged",
  "BSD-3-Clause",
  "BSD-3-Clause-Attribution",
  "BSD-3-Clause-Clear",
  "BSD-3-Clause-HP",
  "BSD-3-Clause-LBNL",
  "BSD-3-Clause-Modification",
  "BSD-3-Clause-No-Military-License",
  "BSD-3-Clause-No-Nuclear-License",
  "BSD-3-Clause-No-Nuclear-License-2014",
  "BSD-3-Clause-No-Nuclear-Warranty",
  "BSD-3-Clause-Open-MPI",
  "BSD-3-Clause-OpenWebUI",
  "BSD-3-Clause-Sun",
  "BSD-3-Clause-Tso",
  "BSD-3-Clause-acpica",
  "BSD-3-Clause-flex",
  "BSD-4-Clause",
  "BSD-4-Clause-Shortened",
  "BSD-4-Clause-UC",
  "BSD-4.3RENO",
  "BSD-4.3TAHOE",
  "BSD-Advertising-Acknowledgement",
  "BSD-Attribution-HPND-disclaimer",
  "BSD-Inferno-Nettverk",
  "BSD-Mark-Modifications",
  "BSD-Protection",
  "BSD-Source-Code",
  "BSD-Source-Code-no-disclaimer",
  "BSD-Source-alt-GPL",
  "BSD-Source-beginning-file",
  "BSD-Systemics",
  "BSD-Systemics-W3Works",
  "BSD-ask-to-endorse",
  "BSL-1.0",
  "BUSL-1.1",
  "Baekmuk",
  "Bahyph",
  "Barr",
  "Beerware",
  "BitTorrent-1.0",
  "BitTorrent-1.1",
  "Bitstream-Charter",
  "Bitstream-Vera",
  "BlueOak-1.0.0",
  "Boehm-GC",
  "Boehm-GC-without-fee",
  "Borceux",
  "Brian-Gladman-2-Clause",
  "Brian-Gladman-3-Clause",
  "Brian-Gladman-3-Clause-no-conversion",
  "Buddy",
  "Bugroff",
  "C-UDA-1.0",
  "CAL-1.0",
  "CAL-1.0-Combined-Work-Exception",
  "CAPEC-tou",
  "CATOSL-1.1",
  "CC-BY-1.0",
  "CC-BY-2.0",
  "CC-BY-2.5",
  "CC-BY-2.5-AU",
  "CC-BY-3.0",
  "CC-BY-3.0-AT",
  "CC-BY-3.0-AU",
  "CC-BY-3.0-DE",
  "CC-BY-3.0-IGO",
  "CC-BY-3.0-NL",
  "CC-BY-3.0-US",
  "CC-BY-4.0",
  "CC-BY-NC-1.0",
  "CC-BY-NC-2.0",
  "CC-BY-NC-2.5",
  "CC-BY-NC-3.0",
  "CC-BY-NC-3.0-DE",
  "CC-BY-NC-3.0-IGO",
  "CC-BY-NC-4.0",
  "CC-BY-NC-ND-1.0",
  "CC-BY-NC-ND-2.0",
  "CC-BY-NC-ND-2.5",
  "CC-BY-NC-ND-3.0",
  "CC-BY-NC-ND-3.0-DE",
  "CC-BY-NC-ND-3.0-IGO",
  "CC-BY-NC-ND-4.0",
  "CC-BY-NC-SA-1.0",
  "CC-BY-NC-SA-2.0",
  "CC-BY-NC-SA-2.0-DE",
  "CC-BY-NC-SA-2.0-FR",
  "CC-BY-NC-SA-2.0-UK",
  "CC-BY-NC-SA-2.5",
  "CC-BY-NC-SA-3.0",
  "CC-BY-NC-SA-3.0-DE",
  "CC-BY-NC-SA-3.0-IGO",
  "CC-BY-NC-SA-4.0",
  "CC-BY-ND-1.0",
  "CC-BY-ND-2.0",
  "CC-BY-ND-2.5",
  "CC-BY-ND-3.0",
  "CC-BY-ND-3.0-DE",
  "CC-BY-ND-4.0",
  "CC-BY-SA-1.0",
  "CC-BY-SA-2.0",
  "CC-BY-SA-2.0-UK",
  "CC-BY-SA-2.1-JP",
  "CC-BY-SA-2.5",
  "CC-BY-SA-3.0",
  "CC-BY-SA-3.0-AT",
  "CC-BY-SA-3.0-DE",
  "CC-BY-SA-3.0-IGO",
  "CC-BY-SA-4.0",
  "CC-PDDC",
  "CC-PDM-1.0",
  "CC-SA-1.0",
  "CC0-1.0",
  "CDDL-1.0",
  "CDDL-1.1",
  "CDL-1.0",
  "CDLA-Permissive-1.0",
  "CDLA-Permissive-2.0",
  "CDLA-Sharing-1.0",
  "CECILL-1.0",
  "CECILL-1.1",
  "CECILL-2.0",
  "CECILL-2.1",
  "CECILL-B",
  "CECILL-C",
  "CERN-OHL-1.1",
  "CERN-OHL-1.2",
  "CERN-OHL-P-2.0",
  "CERN-OHL-S-2.0",
  "CERN-OHL-W-2.0",
  "CFITSIO",
  "CMU-Mach",
  "CMU-Mach-nodoc",
  "CNRI-Jython",
  "CNRI-Python",
  "CNRI-Python-GPL-Compatible",
  "COIL-1.0",
  "CPAL-1.0",
  "CPL-1.0",
  "CPOL-1.02",
  "CUA-OPL-1.0",
  "Caldera",
  "Caldera-no-preamble",
  "Catharon",
  "ClArtistic",
  "Clips",
  "Community-Spec-1.0",
  "Condor-1.1",
  "Cornell-Lossless-JPEG",
  "Cronyx",
  "Crossword",
  "CryptoSwift",
  "CrystalStacker",
  "Cube",
  "D-FSL-1.0",
  "DEC-3-Clause",
  "DL-DE-BY-2.0",
  "DL-DE-ZERO-2.0",
  "DOC",
  "DRL-1.0",
  "DRL-1.1",
  "DSDP",
  "DocBook-DTD",
  "DocBook-Schema",
  "DocBook-Stylesheet",
  "DocBook-XML",
  "Dotseqn",
  "ECL-1.0",
  "ECL-2.0",
  "EFL-1.0",
  "EFL-2.0",
  "EPICS",
  "EPL-1.0",
  "EPL-2.0",
  "ESA-PL-permissive-2.4",
  "ESA-PL-strong-copyleft-2.4",
  "ESA-PL-weak-copyleft-2.4",
  "EUDatagrid",
  "EUPL-1.0",
  "EUPL-1.1",
  "EUPL-1.2",
  "Elastic-2.0",
  "Entessa",
  "ErlPL-1.1",
  "Eurosym",
  "FBM",
  "FDK-AAC",
  "FDK-MPEG-H",
  "FSFAP",
  "FSFAP-no-warranty-disclaimer",
  "FSFUL",
  "FSFULLR",
  "FSFULLRSD",
  "FSFULLRWD",
  "FSL-1.1-ALv2",
  "FSL-1.1-MIT",
  "FTL",
  "Fair",
  "Ferguson-Twofish",
  "Frameworx-1.0",
  "FreeBSD-DOC",
  "FreeImage",
  "Furuseth",
  "GCR-docs",
  "GD",
  "GFDL-1.1-invariants-only",
  "GFDL-1.1-invariants-or-later",
  "GFDL-1.1-no-invariants-only",
  "GFDL-1.1-no-invariants-or-later",
  "GFDL-1.1-only",
  "GFDL-1.1-or-later",
  "GFDL-1.2-invariants-only",
  "GFDL-1.2-invariants-or-later",
  "GFDL-1.2-no-invariants-only",
  "GFDL-1.2-no-invariants-or-later",
  "GFDL-1.2-only",
  "GFDL-1.2-or-later",
  "GFDL-1.3-invariants-only",
  "GFDL-1.3-invariants-or-later",
  "GFDL-1.3-no-invariants-only",
  "GFDL-1.3-no-invariants-or-later",
  "GFDL-1.3-only",
  "GFDL-1.3-or-later",
  "GL2PS",
  "GLWTPL",
  "GPL-1.0-only",
  "GPL-1.0-or-later",
  "GPL-2.0-only",
  "GPL-2.0-or-later",
  "GPL-3.0-only",
  "GPL-3.0-or-later",
  "Game-Programming-Gems",
  "Giftware",
  "Glide",
  "Glulxe",
  "Graphics-Gems",
  "Gutmann",
  "HDF5",
  "HIDAPI",
  "HP-1986",
  "HP-1989",
  "HPND",
  "HPND-DEC",
  "HPND-Fenneberg-Livingston",
  "HPND-INRIA-IMAG",
  "HPND-Intel",
  "HPND-Kevlin-Henney",
  "HPND-MIT-disclaimer",
  "HPND-Markus-Kuhn",
  "HPND-Netrek",
  "HPND-Pbmplus",
  "HPND-SMC",
  "HPND-UC",
  "HPND-UC-export-US",
  "HPND-doc",
  "HPND-doc-sell",
  "HPND-export-US",
  "HPND-export-US-acknowledgement",
  "HPND-export-US-modify",
  "HPND-export2-US",
  "HPND-merchantability-variant",
  "HPND-sell-MIT-disclaimer-xserver",
  "HPND-sell-regexpr",
  "HPND-sell-variant",
  "HPND-sell-variant-MIT-disclaimer",
  "HPND-sell-variant-MIT-disclaimer-rev",
  "HPND-sell-variant-critical-systems",
  "HTMLTIDY",
  "HaskellReport",
  "Hippocratic-2.1",
  "Hippocratic-3.0-core",
  "IBM-pibs",
  "ICU",
  "IEC-Code-Components-EULA",
  "IJG",
  "IJG-short",
  "IPA",
  "IPL-1.0",
  "ISC",
  "ISC-Veillard",
  "ISO-permission",
  "ImageMagick",
  "Imlib2",
  "Info-ZIP",
  "Informatica",
  "Inner-Net-2.0",
  "InnoSetup",
  "Intel",
  "Intel-ACPI",
  "Interbase-1.0",
  "JPL-image",
  "JPNIC",
  "JSON",
  "Jam",
  "JasPer-2.0",
  "Kastrup",
  "Kazlib",
  "Knuth-CTAN",
  "LAL-1.2",
  "LAL-1.3",
  "LGPL-2.0-only",
  "LGPL-2.0-or-later",
  "LGPL-2.1-only",
  "LGPL-2.1-or-later",
  "LGPL-3.0-only",
  "LGPL-3.0-or-later",
  "LGPLLR",
  "LOOP",
  "LPD-document",
  "LPL-1.0",
  "LPL-1.02",
  "LPPL-1.0",
  "LPPL-1.1",
  "LPPL-1.2",
  "LPPL-1.3a",
  "LPPL-1.3c",
  "LZMA-SDK-9.11-to-9.20",
  "LZMA-SDK-9.22",
  "Latex2e",
  "Latex2e-translated-notice",
  "Leptonica",
  "LiLiQ-P-1.1",
  "LiLiQ-R-1.1",
  "LiLiQ-Rplus-1.1",
  "Libpng",
  "Linux-OpenIB",
  "Linux-man-pages-1-para",
  "Linux-man-pages-copyleft",
  "Linux-man-pages-copyleft-2-para",
  "Linux-man-pages-copyleft-var",
  "Lucida-Bitmap-Fonts",
  "MIPS",
  "MIT",
  "MIT-0",
  "MIT-CMU",
  "MIT-Click",
  "MIT-Festival",
  "MIT-Khronos-old",
  "MIT-Modern-Variant",
  "MIT-STK",
  "MIT-Wu",
  "MIT-advertising",
  "MIT-enna",
  "MIT-feh",
  "MIT-open-group",
  "MIT-testregex",
  "MITNFA",
  "MMIXware",
  "MMPL-1.0.1",
  "MPEG-SSG",
  "MPL-1.0",
  "MPL-1.1",
  "MPL-2.0",
  "MPL-2.0-no-copyleft-exception",
  "MS-LPL",
  "MS-PL",
  "MS-RL",
  "MTLL",
  "MVT-1.1",
  "Mackerras-3-Clause",
  "Mackerras-3-Clause-acknowledgment",
  "MakeIndex",
  "Martin-Birgmeier",
  "McPhee-slideshow",
  "Minpack",
  "MirOS",
  "Motosoto",
  "MulanPSL-1.0",
  "MulanPSL-2.0",
  "Multics",
  "Mup",
  "NAIST-2003",
  "NASA-1.3",
  "NBPL-1.0",
  "NCBI-PD",
  "NCGL-UK-2.0",
  "NCL",
  "NCSA",
  "NGPL",
  "NICTA-1.0",
  "NIST-PD",
  "NIST-PD-TNT",
  "NIST-PD-fallback",
  "NIST-Software",
  "NLOD-1.0",
  "NLOD-2.0",
  "NLPL",
  "NOSL",
  "NPL-1.0",
  "NPL-1.1",
  "NPOSL-3.0",
  "NRL",
  "NTIA-PD",
  "NTP",
  "NTP-0",
  "Naumen",
  "NetCDF",
  "Newsletr",
  "Nokia",
  "Noweb",
  "O-UDA-1.0",
  "OAR",
  "OCCT-PL",
  "OCLC-2.0",
  "ODC-By-1.0",
  "ODbL-1.0",
  "OFFIS",
  "OFL-1.0",
  "OFL-1.0-RFN",
  "OFL-1.0-no-RFN",
  "OFL-1.1",
  "OFL-1.1-RFN",
  "OFL-1.1-no-RFN",
  "OGC-1.0",
  "OGDL-Taiwan-1.0",
  "OGL-Canada-2.0",
  "OGL-UK-1.0",
  "OGL-UK-2.0",
  "OGL-UK-3.0",
  "OGTSL",
  "OLDAP-1.1",
  "OLDAP-1.2",
  "OLDAP-1.3",
  "OLDAP-1.4",
  "OLDAP-2.0",
  "OLDAP-2.0.1",
  "OLDAP-2.1",
  "OLDAP-2.2",
  "OLDAP-2.2.1",
  "OLDAP-2.2.2",
  "OLDAP-2.3",
  "OLDAP-2.4",
  "OLDAP-2.5",
  "OLDAP-2.6",
  "OLDAP-2.7",
  "OLDAP-2.8",
  "OLFL-1.3",
  "OML",
  "OPL-1.0",
  "OPL-UK-3.0",
  "OPUBL-1.0",
  "OSC-1.0",
  "OSET-PL-2.1",
  "OSL-1.0",
  "OSL-1.1",
  "OSL-2.0",
  "OSL-2.1",
  "OSL-3.0",
  "OSSP",
  "OpenMDW-1.0",
  "OpenPBS-2.3",
  "OpenSSL",
  "OpenSSL-standalone",
  "OpenVision",
  "PADL",
  "PDDL-1.0",
  "PHP-3.0",
  "PHP-3.01",
  "PPL",
  "PSF-2.0",
  "ParaType-Free-Font-1.3",
  "Parity-6.0.0",
  "Parity-7.0.0",
  "Pixar",
  "Plexus",
  "PolyForm-Noncommercial-1.0.0",
  "PolyForm-Small-Business-1.0.0",
  "PostgreSQL",
  "Python-2.0",
  "Python-2.0.1",
  "QPL-1.0",
  "QPL-1.0-INRIA-2004",
  "Qhull",
  "RHeCos-1.1",
  "RPL-1.1",
  "RPL-1.5",
  "RPSL-1.0",
  "RSA-MD",
  "RSCPL",
  "Rdisc",
  "Ruby",
  "Ruby-pty",
  "SAX-PD",
  "SAX-PD-2.0",
  "SCEA",
  "SGI-B-1.0",
  "SGI-B-1.1",
  "SGI-B-2.0",
  "SGI-OpenGL",
  "SGMLUG-PM",
  "SGP4",
  "SHL-0.5",
  "SHL-0.51",
  "SISSL",
  "SISSL-1.2",
  "SL",
  "SMAIL-GPL",
  "SMLNJ",
  "SMPPL",
  "SNIA",
  "SOFA",
  "SPL-1.0",
  "SSH-OpenSSH",
  "SSH-short",
  "SSLeay-standalone",
  "SSPL-1.0",
  "SUL-1.0",
  "SWL",
  "Saxpath",
  "SchemeReport",
  "Sendmail",
  "Sendmail-8.23",
  "Sendmail-Open-Source-1.1",
  "SimPL-2.0",
  "Sleepycat",
  "Soundex",
  "Spencer-86",
  "Spencer-94",
  "Spencer-99",
  "SugarCRM-1.1.3",
  "Sun-PPP",
  "Sun-PPP-2000",
  "SunPro",
  "Symlinks",
  "TAPR-OHL-1.0",
  "TCL",
  "TCP-wrappers",
  "TGPPL-1.0",
  "TMate",
  "TORQUE-1.1",
  "TOSL",
  "TPDL",
  "TPL-1.0",
  "TTWL",
  "TTYP0",
  "TU-Berlin-1.0",
  "TU-Berlin-2.0",
  "TekHVC",
  "TermReadKey",
  "ThirdEye",
  "TrustedQSL",
  "UCAR",
  "UCL-1.0",
  "UMich-Merit",
  "UPL-1.0",
  "URT-RLE",
  "Ubuntu-font-1.0",
  "UnRAR",
  "Unicode-3.0",
  "Unicode-DFS-2015",
  "Unicode-DFS-2016",
  "Unicode-TOU",
  "UnixCrypt",
  "Unlicense",
  "Unlicense-libtelnet",
  "Unlicense-libwhirlpool",
  "VOSTROM",
  "VSL-1.0",
  "Vim",
  "Vixie-Cron",
  "W3C",
  "W3C-19980720",
  "W3C-20150513",
  "WTFNMFPL",
  "WTFPL",
  "Watcom-1.0",
  "Widget-Workshop",
  "WordNet",
  "Wsuipa",
  "X11",
  "X11-distribute-modifications-variant",
  "X11-no-permit-persons",
  "X11-swapped",
  "XFree86-1.1",
  "XSkat",
  "Xdebug-1.03",
  "Xerox",
  "Xfig",
  "Xnet",
  "YPL-1.0",
  "YPL-1.1",
  "ZPL-1.1",
  "ZPL-2.0",
  "ZPL-2.1",
  "Zed",
  "Zeeff",
  "Zend-2.0",
  "Zimbra-1.3",
  "Zimbra-1.4",
  "Zlib",
  "any-OSI",
  "any-OSI-perl-modules",
  "atc-game",
  "bcrypt-Solar-Designer",
  "blessing",
  "bzip2-1.0.6",
  "check-cvs",
  "checkmk",
  "copyleft-next-0.3.0",
  "copyleft-next-0.3.1",
  "curl",
  "cve-tou",
  "diffmark",
  "dtoa",
  "dvipdfm",
  "eGenix",
  "etalab-2.0",
  "fwlw",
  "gSOAP-1.3b",
  "generic-xts",
  "gnuplot",
  "gtkbook",
  "hdparm",
  "hyphen-bulgarian",
  "iMatix",
  "jove",
  "libpng-1.6.35",
  "libpng-2.0",
  "libselinux-1.0",
  "libtiff",
  "libutil-David-Nugent",
  "lsof",
  "magaz",
  "mailprio",
  "man2html",
  "metamail",
  "mpi-permissive",
  "mpich2",
  "mplus",
  "ngrep",
  "pkgconf",
  "pnmstitch",
  "psfrag",
  "psutils",
  "python-ldap",
  "radvd",
  "snprintf",
  "softSurfer",
  "ssh-keyscan",
  "swrule",
  "threeparttable",
  "ulem",
  "w3m",
  "wwl",
  "xinetd",
  "xkeyboard-config-Zinoviev",
  "xlock",
  "xpp",
  "xzoom",
  "zlib-acknowledgement"
];

// node_modules/spdx-license-ids/deprecated.json
var deprecated_default = [
  "AGPL-1.0",
  "AGPL-3.0",
  "BSD-2-Clause-FreeBSD",
  "BSD-2-Clause-NetBSD",
  "GFDL-1.1",
  "GFDL-1.2",
  "GFDL-1.3",
  "GPL-1.0",
  "GPL-2.0",
  "GPL-2.0-with-GCC-exception",
  "GPL-2.0-with-autoconf-exception",
  "GPL-2.0-with-bison-exception",
  "GPL-2.0-with-classpath-exception",
  "GPL-2.0-with-font-exception",
  "GPL-3.0",
  "GPL-3.0-with-GCC-exception",
  "GPL-3.0-with-autoconf-exception",
  "LGPL-2.0",
  "LGPL-2.1",
  "LGPL-3.0",
  "Net-SNMP",
  "Nunit",
  "StandardML-NJ",
  "bzip2-1.0.5",
  "eCos-2.0",
  "wxWindows"
];

// src/dockerfile/labels.ts
var pairsOf2 = /* @__PURE__ */ new WeakMap();
function labelPairs(instruction) {
  let pairs = pairsOf2.get(instruction);
  if (!pairs) {
    const node = instruction.node;
    pairs = typeof node.getProperties !== "function" ? [] : node.getProperties().map((p) => ({
      key: p.getName(),
      value: p.getValue() ?? "",
      line: p.getNameRange().start.line + 1,
      instruction
    }));
    pairsOf2.set(instruction, pairs);
  }
  return pairs;
}
var labelsOf = /* @__PURE__ */ new WeakMap();
function allLabels(model) {
  let labels = labelsOf.get(model);
  if (!labels) {
    labels = model.stages.flatMap(
      (stage) => stage.instructions.filter((i) => i.keyword === "LABEL").flatMap((i) => labelPairs(i).map((p) => ({ ...p, stage })))
    );
    labelsOf.set(model, labels);
  }
  return labels;
}
var TYPES = /* @__PURE__ */ new Set(["text", "url", "semver", "hash", "rfc3339", "spdx", "email"]);
function labelSchema(options) {
  const raw = options["label-schema"] ?? options.labelSchema;
  const schema = /* @__PURE__ */ new Map();
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return schema;
  for (const [key, type] of Object.entries(raw)) {
    const t = String(type).toLowerCase();
    schema.set(key, TYPES.has(t) ? t : "text");
  }
  return schema;
}
function strictLabels(options) {
  return options["strict-labels"] === true || options.strictLabels === true;
}
function isDynamic(value) {
  return value.includes("$");
}
function isUrl(value) {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
var RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
function isRfc3339(value) {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [, , month, day, hour, minute, second, offH, offM] = m.map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60 && (Number.isNaN(offH) || offH <= 23 && offM <= 59);
}
var SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function isSemver(value) {
  return SEMVER.test(value);
}
function isGitHash(value) {
  return /^[0-9a-f]{7}$|^[0-9a-f]{40}$/.test(value);
}
var SPDX = new Set([...spdx_license_ids_default, ...deprecated_default].map((id) => id.toLowerCase()));
function isSpdx(value) {
  const tokens = value.replace(/[()]/g, " ").split(/\s+/).filter(Boolean);
  if (!tokens.length) return false;
  let expectId = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (expectId) {
      const id = token.replace(/\+$/, "").toLowerCase();
      if (!SPDX.has(id) && !/^licenseref-[a-z0-9.-]+$/.test(id)) return false;
      expectId = false;
    } else if (/^(AND|OR)$/i.test(token)) expectId = true;
    else if (/^WITH$/i.test(token)) {
      if (!/^[A-Za-z0-9.-]+$/.test(tokens[i + 1] ?? "")) return false;
      i++;
    } else return false;
  }
  return !expectId;
}
function isEmail(value) {
  return /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(value);
}
function stageHasLabel(model, stage, key) {
  return stageChain(model, stage).some((s) => s.instructions.some((i) => i.keyword === "LABEL" && labelPairs(i).some((p) => p.key === key)));
}
function imageStages(model) {
  const used = stagesUsedByOthers(model);
  return model.stages.filter((s) => s === model.finalStage || !used.has(s.index));
}

// src/rules/dockerfile/healthcheck-missing.ts
var healthcheck_missing_default = dockerfileRule({
  meta: {
    id: "healthcheck-missing",
    aliases: ["DL3057"],
    severity: "info",
    category: "reliability",
    title: "Image without HEALTHCHECK",
    enabledByDefault: false,
    docs: {
      why: "Docker and Compose use HEALTHCHECK to tell a hung container from a healthy one. Kubernetes ignores it (it uses liveness and readiness probes), which is why this rule is off by default.",
      fix: "Add `HEALTHCHECK CMD \u2026` (or `HEALTHCHECK NONE` to say there is none on purpose), or define probes in the Pod spec.",
      bad: "FROM nginx:1.27-alpine\nCOPY site /usr/share/nginx/html",
      good: "FROM nginx:1.27-alpine\nCOPY site /usr/share/nginx/html\nHEALTHCHECK CMD wget -qO- http://localhost/ || exit 1"
    },
    differs: "Off by default as in hadolint. Only stages that make an image are checked, and a HEALTHCHECK in a stage they are built FROM counts."
  },
  check(model) {
    return imageStages(model).filter((stage) => !stageChain(model, stage).some((s) => s.instructions.some((i) => i.keyword === "HEALTHCHECK"))).map((stage) => ({ line: stage.fromInstruction.line, endLine: stage.fromInstruction.endLine, message: "This image has no HEALTHCHECK" }));
  }
});

// src/data/heavy-base-images.json
var heavy_base_images_default = {
  $comment: "Base images that carry a full distribution or a build SDK, keyed by repository (Docker Hub names without `library/`; other registries in full). Sizes are typical uncompressed linux/amd64 sizes, rounded. In `lighter`, {version} is the tag's first dash-separated part (`3.12` of `3.12-bookworm`) and {tag} the whole tag; with no tag or `latest` the image's `defaultTag` fills them, or they are dropped with the dash after them; {java} is the JDK major version a build image's tag names (`maven:3.9-eclipse-temurin-17` \u2192 17). `sdk`: the image is a build toolchain whatever its variant, so a light marker in the tag (`golang:1.22-alpine`) does not exempt it. `variants`: by a dash-separated tag part, what differs in that variant; an empty `lighter` means no lighter image keeps what the variant is for (`php:8.3-apache`): nothing to suggest, no finding.",
  lightTagMarkers: ["slim", "alpine", "distroless", "minimal", "micro", "chiseled", "jre", "nanoserver", "busybox"],
  images: {
    ubuntu: { what: "a full Ubuntu userland", size: "~78 MB", lighter: [{ image: "gcr.io/distroless/base-debian12", size: "~20 MB" }, { image: "alpine", size: "~8 MB" }] },
    debian: { what: "a full Debian userland", size: "~117 MB", defaultTag: "stable", lighter: [{ image: "debian:{tag}-slim", size: "~75 MB" }] },
    "buildpack-deps": { what: "Debian or Ubuntu with compilers and development headers", size: "~800 MB", lighter: [{ image: "debian:stable-slim", size: "~75 MB" }], variants: { curl: { what: "a full Debian or Ubuntu userland with curl", size: "~125 MB" }, scm: { what: "a full Debian or Ubuntu userland with curl and version control tools", size: "~250 MB" } } },
    centos: { what: "a full CentOS userland", size: "~200 MB", lighter: [{ image: "redhat/ubi9-minimal", size: "~100 MB" }, { image: "redhat/ubi9-micro", size: "~25 MB" }] },
    "quay.io/centos/centos": { what: "a full CentOS Stream userland", size: "~160 MB", lighter: [{ image: "redhat/ubi9-minimal", size: "~100 MB" }, { image: "redhat/ubi9-micro", size: "~25 MB" }] },
    fedora: { what: "a full Fedora userland", size: "~220 MB", lighter: [{ image: "registry.fedoraproject.org/fedora-minimal:{version}", size: "~100 MB" }] },
    node: { what: "Debian with compilers, git and the full Node.js toolchain", size: "~1.1 GB", lighter: [{ image: "node:{version}-slim", size: "~200 MB" }, { image: "node:{version}-alpine", size: "~135 MB" }] },
    python: { what: "Debian with compilers and development headers", size: "~1 GB", lighter: [{ image: "python:{version}-slim", size: "~130 MB" }] },
    golang: { what: "the Go SDK", size: "~250\u2013850 MB", sdk: true, lighter: [{ image: "gcr.io/distroless/static-debian12", size: "~2 MB" }, { image: "scratch", size: "0 MB" }] },
    rust: { what: "the Rust toolchain", size: "~0.8\u20131.5 GB", sdk: true, lighter: [{ image: "gcr.io/distroless/cc-debian12", size: "~25 MB" }, { image: "debian:bookworm-slim", size: "~75 MB" }] },
    gcc: { what: "the GNU compiler collection on Debian", size: "~1.4 GB", sdk: true, lighter: [{ image: "gcr.io/distroless/cc-debian12", size: "~25 MB" }, { image: "debian:bookworm-slim", size: "~75 MB" }] },
    openjdk: { what: "a full JDK (and the image is deprecated)", size: "~470 MB", lighter: [{ image: "eclipse-temurin:{version}-jre", size: "~270 MB" }, { image: "eclipse-temurin:{version}-jre-alpine", size: "~190 MB" }] },
    "eclipse-temurin": { what: "a full JDK", size: "~450 MB", lighter: [{ image: "eclipse-temurin:{version}-jre", size: "~270 MB" }, { image: "eclipse-temurin:{version}-jre-alpine", size: "~190 MB" }] },
    amazoncorretto: { what: "a full JDK on Amazon Linux", size: "~450 MB", lighter: [{ image: "eclipse-temurin:{version}-jre", size: "~270 MB" }] },
    maven: { what: "Maven and a full JDK", size: "~400\u2013500 MB", sdk: true, lighter: [{ image: "eclipse-temurin:{java}-jre", size: "~270 MB" }] },
    gradle: { what: "Gradle and a full JDK", size: "~500\u2013750 MB", sdk: true, lighter: [{ image: "eclipse-temurin:{java}-jre", size: "~270 MB" }] },
    ruby: { what: "Debian with compilers and development headers", size: "~1 GB", lighter: [{ image: "ruby:{version}-slim", size: "~200 MB" }, { image: "ruby:{version}-alpine", size: "~100 MB" }] },
    php: { what: "Debian with the PHP build toolchain", size: "~500 MB", lighter: [{ image: "php:{version}-alpine", size: "~100 MB" }], variants: { fpm: { lighter: [{ image: "php:{version}-fpm-alpine", size: "~100 MB" }] }, zts: { lighter: [{ image: "php:{version}-zts-alpine", size: "~100 MB" }] }, apache: { lighter: [] } } },
    perl: { what: "Debian with compilers and development headers", size: "~900 MB", lighter: [{ image: "perl:{version}-slim", size: "~150 MB" }] },
    "mcr.microsoft.com/dotnet/sdk": { what: "the full .NET SDK", size: "~0.7\u20130.9 GB", sdk: true, lighter: [{ image: "mcr.microsoft.com/dotnet/aspnet:{version}", size: "~220 MB" }, { image: "mcr.microsoft.com/dotnet/runtime:{version}", size: "~190 MB" }] }
  }
};

// src/rules/dockerfile/heavy-base-image.ts
var IMAGES = heavy_base_images_default.images;
var LIGHT_MARKERS = heavy_base_images_default.lightTagMarkers;
function imageKey(ref) {
  const hub = ref.registry === null || /^(?:index\.|registry-1\.)?docker\.io$/i.test(ref.registry);
  const name = ref.name.toLowerCase().replace(/^library\//, "");
  return hub ? name : `${ref.registry.toLowerCase()}/${name}`;
}
function isLightTag(tag) {
  if (!tag) return false;
  return tag.toLowerCase().split(/[-_]/).some((part) => LIGHT_MARKERS.some((m) => part.startsWith(m)));
}
function suggestion(template, tag, defaultTag = "") {
  const real = tag && tag !== "latest" ? tag : defaultTag;
  const java = /(?:jdk|temurin|corretto|openjdk|semeru|sapmachine|zulu|graal)-?(\d+)/i.exec(real)?.[1] ?? "<your Java version>";
  const values = { tag: real, version: real.split("-")[0], java };
  return template.replace(/([:])?\{(tag|version|java)\}(-)?/g, (_m, colon, key, dash) => {
    const value = values[key];
    if (!value) return colon && !dash ? "" : colon ?? "";
    return `${colon ?? ""}${value}${dash ?? ""}`;
  });
}
var heavy_base_image_default = dockerfileRule({
  meta: {
    id: "heavy-base-image",
    aliases: [],
    severity: "warning",
    category: "efficiency",
    title: "Final stage is built on a full distribution or SDK image",
    docs: {
      why: "Full distribution and SDK images carry compilers, headers and package managers the app never uses at run time: hundreds of megabytes more to pull on every node that schedules the pod, slower cold starts, and more packages for scanners to flag.",
      fix: "Build in an earlier stage on the SDK image and run on its slim, alpine or distroless variant (for compiled languages, distroless or scratch), copying only the artifact across.",
      bad: 'FROM python:3.12\nCOPY . /app\nCMD ["python", "/app/main.py"]',
      good: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]'
    }
  },
  check(model) {
    const root = finalChain(model)[0];
    if (!root || root.baseStage !== null) return [];
    const ref = root.from;
    if (ref.unresolved || !ref.tag && ref.digest) return [];
    const base = IMAGES[imageKey(ref)];
    if (!base || !base.sdk && isLightTag(ref.tag)) return [];
    const parts = (ref.tag ?? "").toLowerCase().split("-");
    const variant = Object.entries(base.variants ?? {}).find(([part]) => parts.includes(part))?.[1];
    const heavy = { ...base, ...variant };
    if (heavy.lighter.length === 0) return [];
    const options = heavy.lighter.map((l) => `${suggestion(l.image, ref.tag, heavy.defaultTag)} (${l.size})`).join(" or ");
    const at = root.fromInstruction;
    return [{
      line: at.line,
      endLine: at.endLine,
      message: `The final image is built on ${ref.resolved}, ${heavy.what} (${heavy.size}); run on ${options} instead, building in an earlier stage if you need the SDK`
    }];
  }
});

// src/rules/dockerfile/image-tag-latest.ts
function floats(ref) {
  return !ref.unresolved && !ref.digest && ref.tag?.toLowerCase() === "latest";
}
var image_tag_latest_default = dockerfileRule({
  meta: {
    id: "image-tag-latest",
    aliases: ["DL3007"],
    severity: "warning",
    category: "reliability",
    title: "Image pinned to :latest",
    differs: "ARG-resolved in FROM, and also flags `COPY --from=<image>:latest` and `RUN --mount=from=<image>:latest`.",
    docs: {
      why: "`latest` is whatever was pushed last: the same Dockerfile builds a different image tomorrow, and a rollback rebuild can pull a newer, broken base.",
      fix: "Name a version tag (and for full reproducibility a digest). This covers `FROM` (after ARG substitution), `COPY --from=<image>` and `RUN --mount=from=<image>`.",
      bad: "FROM node:latest",
      good: "FROM node:20.12-slim"
    }
  },
  check(model) {
    const hits = [];
    for (const stage of model.stages) {
      const at = stage.fromInstruction;
      if (stage.baseStage === null && floats(stage.from)) {
        hits.push({ line: at.line, endLine: at.endLine, message: `FROM ${stage.from.resolved} uses the floating :latest tag; pin a version tag (and digest)` });
      }
      for (const instruction of stage.instructions) {
        for (const from of fromReferences(instruction)) {
          const target = resolveFrom(model, from);
          if (target.kind !== "image" || !floats(target.ref)) continue;
          hits.push({ line: instruction.line, endLine: instruction.endLine, message: `${from.via}=${target.ref.resolved} uses the floating :latest tag; pin a version tag (and digest)` });
        }
      }
    }
    return hits;
  }
});

// src/rules/dockerfile/image-tag-missing.ts
function untagged(ref) {
  return isPullable(ref) && !ref.digest && !ref.tag;
}
var image_tag_missing_default = dockerfileRule({
  meta: {
    id: "image-tag-missing",
    aliases: ["DL3006", "DS-0001", "CKV_DOCKER_7"],
    severity: "warning",
    category: "reliability",
    title: "Image has no tag",
    differs: "ARG defaults are resolved first (`FROM python:${V}` with `ARG V=3.12` is tagged); silent for an ARG with no default, a stage alias, `scratch` and digests. hadolint checks FROM only; shipshape also flags an untagged image with a registry path in `COPY --from=<image>` and `RUN --mount=from=<image>` (a stage name or `COPY --from` index is no image; a variable there is left alone; a bare word such as `--from=busybox` is reported once, by copy-from-unknown-stage, since it may be a misspelt stage).",
    docs: {
      why: "Without a tag the build takes whatever `latest` is on the day it runs, so the same Dockerfile builds different images. An image named in `COPY --from=` or `RUN --mount=from=` is pulled the same way as a base image.",
      fix: "Name a version tag, and for full reproducibility a digest: `FROM node:20.12-slim@sha256:\u2026`, `COPY --from=ghcr.io/astral-sh/uv:0.4 /uv /bin/uv`. This covers `FROM` (after ARG substitution), `COPY --from=<image>` and `RUN --mount=from=<image>`; a stage name there is not an image.",
      bad: "FROM node\nCOPY --from=ghcr.io/astral-sh/uv /uv /bin/uv",
      good: "FROM node:20.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.4 /uv /bin/uv"
    }
  },
  check(model) {
    const hits = [];
    for (const stage of model.stages) {
      const { from, fromInstruction } = stage;
      if (stage.baseStage === null && untagged(from)) {
        hits.push({ line: fromInstruction.line, endLine: fromInstruction.endLine, message: `FROM ${from.resolved} has no tag; pin a version (e.g. ${from.resolved}:<version>)` });
      }
      for (const instruction of stage.instructions) {
        for (const ref of fromReferences(instruction)) {
          if (!plainlyAnImage(ref.value)) continue;
          const target = resolveFrom(model, ref);
          if (target.kind !== "image" || !untagged(target.ref)) continue;
          const image = target.ref.resolved;
          hits.push({ line: instruction.line, endLine: instruction.endLine, message: `${ref.via}=${image} has no tag, so it pulls whatever :latest is; pin a version tag or digest (e.g. ${image}:<version>)` });
        }
      }
    }
    return hits;
  }
});

// src/rules/dockerfile/_label-format.ts
function labelFormatCheck(type, valid, what) {
  return (model, options) => {
    const schema = labelSchema(options);
    if (!schema.size) return [];
    return allLabels(model).filter((p) => schema.get(p.key) === type && p.value !== "" && !isDynamic(p.value) && !valid(p.value)).map((p) => ({ line: p.line, endLine: p.line, message: `Label ${p.key} is not ${what}: "${p.value}"` }));
  };
}
var SCHEMA_NOTE = "Active only when a `label-schema` is configured (in .shipshape.yml `options:` or .hadolint.yaml).";

// src/rules/dockerfile/label-empty.ts
var label_empty_default = dockerfileRule({
  meta: {
    id: "label-empty",
    aliases: ["DL3051"],
    severity: "warning",
    category: "maintainability",
    title: "Label required by the schema is empty",
    docs: {
      why: "An empty label satisfies a presence check while carrying nothing.",
      fix: "Give the label a value, usually from a build ARG. " + SCHEMA_NOTE,
      bad: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.version=""',
      good: "FROM nginx:1.27-alpine\nARG VERSION=1.4.2\nLABEL org.opencontainers.image.version=$VERSION"
    },
    differs: "Reported on the label key's own line."
  },
  check(model, options) {
    const schema = labelSchema(options);
    if (!schema.size) return [];
    return allLabels(model).filter((p) => schema.has(p.key) && p.value.trim() === "").map((p) => ({ line: p.line, endLine: p.line, message: `Label ${p.key} is empty` }));
  }
});

// src/rules/dockerfile/label-key-invalid.ts
function invalid(key) {
  if (!/^[a-z]/.test(key)) return "must start with a lower-case letter";
  if (!/[a-z0-9]$/.test(key)) return "must end with a lower-case letter or digit";
  if (/[^a-z0-9._/-]/.test(key)) return "may hold only lower-case letters, digits, `.`, `-`, `_` and `/`";
  if (/\.\.|--/.test(key)) return "must not repeat `.` or `-`";
  if (/^(?:com\.docker\.|io\.docker\.|org\.dockerproject\.)/.test(key)) return "uses a namespace reserved by Docker";
  return null;
}
var label_key_invalid_default = dockerfileRule({
  meta: {
    id: "label-key-invalid",
    aliases: ["DL3048"],
    severity: "info",
    category: "maintainability",
    title: "Invalid LABEL key",
    docs: {
      why: "Label keys are matched by tools (registries, scanners, `org.opencontainers.image.*` readers); keys outside Docker's conventions are easily missed or collide with reserved namespaces.",
      fix: "Use lower-case reverse-DNS keys such as `org.opencontainers.image.source`.",
      bad: 'FROM nginx:1.27-alpine\nLABEL Maintainer="ops@example.com"',
      good: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.authors="ops@example.com"'
    },
    differs: "Active without a label schema, as in hadolint (style \u2192 info). Keys built from variables are left alone; the finding is on the key's own line."
  },
  check(model) {
    return allLabels(model).flatMap((pair) => {
      if (pair.key.includes("$")) return [];
      const why = invalid(pair.key);
      return why ? [{ line: pair.line, endLine: pair.line, message: `Label key "${pair.key}" ${why}` }] : [];
    });
  }
});

// src/rules/dockerfile/label-missing.ts
var label_missing_default = dockerfileRule({
  meta: {
    id: "label-missing",
    aliases: ["DL3049"],
    severity: "info",
    category: "maintainability",
    title: "Label required by the schema is missing",
    docs: {
      why: "A label schema is how a team says which metadata every image carries (owner, source, version); an image without it cannot be traced.",
      fix: "Add the label to the stage that makes the image. " + SCHEMA_NOTE,
      bad: "FROM nginx:1.27-alpine\nCOPY site /usr/share/nginx/html",
      good: "FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.source=https://github.com/acme/web\nCOPY site /usr/share/nginx/html"
    },
    differs: "Only stages that make an image (the final stage, or one nothing builds on or copies from) must carry the labels; labels of a stage they are built FROM count. Reported on the FROM."
  },
  check(model, options) {
    const schema = labelSchema(options);
    if (!schema.size) return [];
    return imageStages(model).flatMap((stage) => {
      const missing = [...schema.keys()].filter((key) => !stageHasLabel(model, stage, key));
      const from = stage.fromInstruction;
      return missing.map((key) => ({ line: from.line, endLine: from.endLine, message: `Label ${key} is missing from this image` }));
    });
  }
});

// src/rules/dockerfile/label-not-email.ts
var label_not_email_default = dockerfileRule({
  meta: {
    id: "label-not-email",
    aliases: ["DL3058"],
    severity: "warning",
    category: "maintainability",
    title: "Label in the schema as email is not an e-mail address",
    docs: {
      why: "Contact labels are read by people and tools; a value that is not an address reaches no one.",
      fix: "Use a plain address such as `ops@example.com`. " + SCHEMA_NOTE,
      bad: 'FROM nginx:1.27-alpine\nLABEL maintainer-email="ops at example.com"',
      good: 'FROM nginx:1.27-alpine\nLABEL maintainer-email="ops@example.com"'
    },
    differs: "Values built from variables are only known at build time and are not judged; the finding is on the label key line."
  },
  check: labelFormatCheck("email", isEmail, "an e-mail address")
});

// src/rules/dockerfile/label-not-git-hash.ts
var label_not_git_hash_default = dockerfileRule({
  meta: {
    id: "label-not-git-hash",
    aliases: ["DL3055"],
    severity: "warning",
    category: "maintainability",
    title: "Label in the schema as hash is not a git hash",
    docs: {
      why: "A revision label lets anyone map an image back to its commit; only a real hash does that.",
      fix: "Use the 7- or 40-character lower-case commit hash, usually from a build ARG. " + SCHEMA_NOTE,
      bad: "FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.revision=main",
      good: "FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.revision=4f07059"
    },
    differs: "Values built from variables are only known at build time and are not judged; the finding is on the label key line."
  },
  check: labelFormatCheck("hash", isGitHash, "a git hash")
});

// src/rules/dockerfile/label-not-rfc3339.ts
var label_not_rfc3339_default = dockerfileRule({
  meta: {
    id: "label-not-rfc3339",
    aliases: ["DL3053"],
    severity: "warning",
    category: "maintainability",
    title: "Label in the schema as rfc3339 is not an RFC 3339 time",
    docs: {
      why: "Build dates are compared and sorted by tools; only RFC 3339 times (`2024-05-01T12:00:00Z`) compare reliably.",
      fix: "Write the time as RFC 3339, e.g. `2024-05-01T12:00:00Z`, usually from a build ARG. " + SCHEMA_NOTE,
      bad: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.created="May 1 2024"',
      good: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.created="2024-05-01T12:00:00Z"'
    },
    differs: "Values built from variables are only known at build time and are not judged; the finding is on the label key line."
  },
  check: labelFormatCheck("rfc3339", isRfc3339, "an RFC 3339 time")
});

// src/rules/dockerfile/label-not-semver.ts
var label_not_semver_default = dockerfileRule({
  meta: {
    id: "label-not-semver",
    aliases: ["DL3056"],
    severity: "warning",
    category: "maintainability",
    title: "Label in the schema as semver is not a semantic version",
    docs: {
      why: "Version labels are compared by tools; only semantic versions (`1.4.2`) compare reliably.",
      fix: "Use `MAJOR.MINOR.PATCH` with optional pre-release and build parts. " + SCHEMA_NOTE,
      bad: "FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.version=v1.4",
      good: "FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.version=1.4.2"
    },
    differs: "Values built from variables are only known at build time and are not judged; the finding is on the label key line."
  },
  check: labelFormatCheck("semver", isSemver, "a semantic version")
});

// src/rules/dockerfile/label-not-spdx.ts
var label_not_spdx_default = dockerfileRule({
  meta: {
    id: "label-not-spdx",
    aliases: ["DL3054"],
    severity: "warning",
    category: "maintainability",
    title: "Label in the schema as spdx is not an SPDX license",
    docs: {
      why: "License scanners read the license label; only SPDX identifiers are machine-readable.",
      fix: "Use an SPDX id such as `Apache-2.0` or an expression such as `MIT OR Apache-2.0`. " + SCHEMA_NOTE,
      bad: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.licenses="Apache 2"',
      good: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.licenses="Apache-2.0"'
    },
    differs: "SPDX expressions (`MIT OR Apache-2.0`, `\u2026 WITH \u2026`) are accepted, not only single ids; variable values are not judged."
  },
  check: labelFormatCheck("spdx", isSpdx, "an SPDX license identifier")
});

// src/rules/dockerfile/label-not-url.ts
var label_not_url_default = dockerfileRule({
  meta: {
    id: "label-not-url",
    aliases: ["DL3052"],
    severity: "warning",
    category: "maintainability",
    title: "Label in the schema as url is not a URL",
    docs: {
      why: "Tools follow `url` labels (source, documentation links); a value that is not an absolute URL breaks them.",
      fix: "Give an absolute URL such as `https://github.com/acme/web`. " + SCHEMA_NOTE,
      bad: "FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.source=github.com/acme/web",
      good: "FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.source=https://github.com/acme/web"
    },
    differs: "Values built from variables are only known at build time and are not judged; the finding is on the label key line."
  },
  check: labelFormatCheck("url", isUrl, "a valid URL")
});

// src/rules/dockerfile/label-superfluous.ts
var label_superfluous_default = dockerfileRule({
  meta: {
    id: "label-superfluous",
    aliases: ["DL3050"],
    severity: "info",
    category: "maintainability",
    title: "Label not in the schema (strict labels)",
    docs: {
      why: "With `strict-labels` a team allows only the labels its schema lists, so typos and stray metadata show up.",
      fix: "Remove the label or add it to `label-schema`. Active only with `strict-labels: true` (.shipshape.yml `options:` or .hadolint.yaml).",
      bad: 'FROM nginx:1.27-alpine\nLABEL maintainr="ops@example.com"',
      good: 'FROM nginx:1.27-alpine\nLABEL maintainer="ops@example.com"'
    },
    differs: "One finding per stray label, on its own line (hadolint: one per LABEL instruction)."
  },
  check(model, options) {
    if (!strictLabels(options)) return [];
    const schema = labelSchema(options);
    return allLabels(model).filter((p) => !schema.has(p.key)).map((p) => ({ line: p.line, endLine: p.line, message: `Label ${p.key} is not in the label schema` }));
  }
});

// src/rules/dockerfile/ln-bin-sh.ts
var ln_bin_sh_default = dockerfileRule({
  meta: {
    id: "ln-bin-sh",
    aliases: ["DL4005"],
    severity: "warning",
    category: "reliability",
    title: "Default shell changed by linking /bin/sh",
    docs: {
      why: "Replacing /bin/sh changes the shell for every program in the image that calls `system()`, not just for RUN; SHELL changes only what RUN uses.",
      fix: 'Use `SHELL ["/bin/bash", "-c"]`.',
      bad: "FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh",
      good: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]'
    },
    differs: "Fires only when /bin/sh is the link being made (the last operand), not when it is the link target; reported on the exact line."
  },
  check(model) {
    return runCommandLines(model).filter(({ line }) => line.program === "ln" && !hasOption(line, "t", "target-directory") && line.operands.length >= 2 && line.operands[line.operands.length - 1] === "/bin/sh").map(({ line }) => commandHit(line.command, "Use SHELL to change the shell RUN uses instead of replacing /bin/sh"));
  }
});

// src/data/log-sinks.json
var log_sinks_default = {
  $comment: "Redirect targets that keep a container's output on its stdout/stderr (or discard it), for log-to-file: anything else is a file inside the container, which `kubectl logs` and log collectors never see.",
  sinks: [
    "/dev/stdout",
    "/dev/stderr",
    "/dev/null",
    "/dev/fd/1",
    "/dev/fd/2",
    "/proc/self/fd/1",
    "/proc/self/fd/2",
    "/proc/1/fd/1",
    "/proc/1/fd/2",
    "-"
  ]
};

// src/rules/dockerfile/log-to-file.ts
var sinks = new Set(log_sinks_default.sinks);
function writesTo(redirect) {
  if (!/>/.test(redirect.op) || redirect.op.startsWith("<")) return null;
  if (/>&$/.test(redirect.op) && /^(?:\d+|-)$/.test(redirect.target)) return null;
  if (redirect.op.startsWith("0")) return null;
  return redirect.target;
}
function logFiles(command) {
  const files = command.redirects.map(writesTo).filter((t) => t !== null && t !== "");
  if (programOf(command) === "tee") files.push(...effectiveArgv(command).slice(1).filter((w) => !w.startsWith("-")));
  return files.filter((f) => !sinks.has(f));
}
var log_to_file_default = dockerfileRule({
  meta: {
    id: "log-to-file",
    aliases: [],
    severity: "warning",
    category: "reliability",
    title: "CMD or ENTRYPOINT logs to a file",
    docs: {
      why: "Kubernetes collects a container\u2019s stdout and stderr (`kubectl logs`, node log agents). Output redirected to a file inside the container is invisible to them, fills the writable layer until the node evicts the pod, and is lost when the container restarts.",
      fix: "Let the process write to stdout/stderr; drop the redirect or point it at /dev/stdout or /dev/stderr.",
      bad: 'CMD ["sh", "-c", "exec node server.js >> /var/log/app.log 2>&1"]',
      good: 'CMD ["node", "server.js"]'
    }
  },
  check(model) {
    return model.instructions.filter((i) => i.keyword === "CMD" || i.keyword === "ENTRYPOINT").flatMap((i) => {
      const file = launchedCommands(i).flatMap(logFiles)[0];
      return file ? [{ line: i.line, endLine: i.endLine, message: `${i.keyword} sends output to ${file}, which kubectl logs never sees; log to stdout/stderr instead` }] : [];
    });
  }
});

// src/rules/dockerfile/maintainer-deprecated.ts
var maintainer_deprecated_default = dockerfileRule({
  meta: {
    id: "maintainer-deprecated",
    aliases: ["DL4000"],
    severity: "error",
    category: "maintainability",
    title: "MAINTAINER is deprecated",
    docs: {
      why: "Docker deprecated MAINTAINER; tools read the OCI label instead.",
      fix: 'Use `LABEL org.opencontainers.image.authors="\u2026"`.',
      bad: "FROM nginx:1.27-alpine\nMAINTAINER ops@example.com",
      good: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.authors="ops@example.com"'
    },
    differs: "Same check."
  },
  check(model) {
    return model.instructions.filter((i) => i.keyword === "MAINTAINER").map((i) => ({ line: i.line, endLine: i.endLine, message: "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors" }));
  }
});

// src/rules/dockerfile/multiple-cmd.ts
var multiple_cmd_default = dockerfileRule({
  meta: {
    id: "multiple-cmd",
    aliases: ["DL4003"],
    severity: "warning",
    category: "maintainability",
    title: "More than one CMD in a stage",
    docs: {
      why: "Only the last CMD of a stage takes effect; the earlier ones are dead code that readers take for the real start-up command.",
      fix: "Keep one CMD per stage and delete the others.",
      bad: 'FROM python:3.12-slim\nCMD ["python", "manage.py", "migrate"]\nCMD ["gunicorn", "app:app"]',
      good: 'FROM python:3.12-slim\nCMD ["gunicorn", "app:app"]'
    }
  },
  check(model) {
    return overriddenInstructions(model, "CMD").map(({ instruction: i, overrides }) => ({
      line: i.line,
      endLine: i.endLine,
      message: `CMD overrides the CMD on line ${overrides.line}; only the last CMD of a stage takes effect`
    }));
  }
});

// src/rules/dockerfile/multiple-entrypoint.ts
var multiple_entrypoint_default = dockerfileRule({
  meta: {
    id: "multiple-entrypoint",
    aliases: ["DL4004"],
    severity: "warning",
    category: "maintainability",
    title: "More than one ENTRYPOINT in a stage",
    differs: "Warning, not error: Docker uses the last ENTRYPOINT, so the build works but earlier ones are dead code.",
    docs: {
      why: "Only the last ENTRYPOINT of a stage takes effect; the earlier ones are dead code that readers take for the real start-up command.",
      fix: "Keep one ENTRYPOINT per stage and delete the others.",
      bad: 'FROM alpine:3.20\nENTRYPOINT ["/setup.sh"]\nENTRYPOINT ["/app"]',
      good: 'FROM alpine:3.20\nENTRYPOINT ["/app"]'
    }
  },
  check(model) {
    return overriddenInstructions(model, "ENTRYPOINT").map(({ instruction: i, overrides }) => ({
      line: i.line,
      endLine: i.endLine,
      message: `ENTRYPOINT overrides the ENTRYPOINT on line ${overrides.line}; only the last ENTRYPOINT of a stage takes effect`
    }));
  }
});

// src/rules/dockerfile/multiple-healthcheck.ts
var multiple_healthcheck_default = dockerfileRule({
  meta: {
    id: "multiple-healthcheck",
    aliases: ["DL3012"],
    severity: "error",
    category: "reliability",
    title: "More than one HEALTHCHECK in a stage",
    docs: {
      why: "Only the last HEALTHCHECK of a stage takes effect; the earlier ones mislead readers.",
      fix: "Keep one HEALTHCHECK per stage.",
      bad: "FROM nginx:1.27-alpine\nHEALTHCHECK CMD wget -qO- http://localhost/ || exit 1\nHEALTHCHECK CMD wget -qO- http://localhost/health || exit 1",
      good: "FROM nginx:1.27-alpine\nHEALTHCHECK CMD wget -qO- http://localhost/health || exit 1"
    },
    differs: "Same check; each extra HEALTHCHECK is reported with its whole line range."
  },
  check(model) {
    return model.stages.flatMap(
      (stage) => stage.instructions.filter((i) => i.keyword === "HEALTHCHECK").slice(1).map((i) => ({ line: i.line, endLine: i.endLine, message: "A second HEALTHCHECK in this stage: only the last one counts" }))
    );
  }
});

// src/data/process-supervisors.json
var process_supervisors_default = {
  $comment: "Programs a container's CMD/ENTRYPOINT may start, for multiple-processes. `supervisors` run several long-lived processes (or a whole init system) in one container; `initShims` only reap zombies and forward signals to the one child they start, which is what a container wants; `serviceControl` start background daemons through an init system.",
  supervisors: {
    supervisord: "supervisord, a process supervisor",
    supervisorctl: "supervisorctl, a process supervisor",
    systemd: "systemd, an init system",
    init: "init, an init system",
    runsvdir: "runit (runsvdir), a process supervisor",
    runit: "runit, an init system",
    "runit-init": "runit, an init system",
    runsvinit: "runit, an init system",
    my_init: "my_init, a process supervisor",
    "s6-svscan": "s6, a process supervisor",
    circusd: "circus, a process supervisor",
    monit: "monit, a process supervisor",
    foreman: "foreman, a Procfile runner",
    forego: "forego, a Procfile runner",
    honcho: "honcho, a Procfile runner",
    overmind: "overmind, a Procfile runner",
    pm2: "pm2, a process manager"
  },
  initShims: ["tini", "tini-static", "dumb-init", "docker-init", "catatonit"],
  serviceControl: ["service", "rc-service", "invoke-rc.d", "systemctl"]
};

// src/dockerfile/processes.ts
var supervisors = new Map(Object.entries(process_supervisors_default.supervisors));
var initShims = new Set(process_supervisors_default.initShims);
var serviceControl = new Set(process_supervisors_default.serviceControl);
function withoutInitShim(argv) {
  let rest = argv;
  while (rest.length && initShims.has(basename(rest[0]))) {
    let i = 1;
    while (i < rest.length && rest[i].startsWith("-") && rest[i] !== "--") i++;
    if (rest[i] === "--") i++;
    rest = rest.slice(i);
  }
  return rest;
}
function extraProcesses(command) {
  if (command.next === "&") return `backgrounds \`${command.argv.join(" ")}\` with &`;
  const argv = withoutInitShim(effectiveArgv(command));
  const program = basename(argv[0] ?? "");
  const supervisor = supervisors.get(program);
  if (supervisor) return `starts ${supervisor}`;
  if ((serviceControl.has(program) || /^\/etc\/(?:rc\.d\/)?init\.d\//.test(argv[0] ?? "")) && argv.some((w) => w === "start" || w === "restart")) {
    return `starts a background service with \`${argv.join(" ")}\``;
  }
  return null;
}

// src/rules/dockerfile/multiple-processes.ts
var multiple_processes_default = dockerfileRule({
  meta: {
    id: "multiple-processes",
    aliases: [],
    severity: "warning",
    category: "reliability",
    title: "Container starts several processes",
    docs: {
      why: "Kubernetes watches one process per container: it restarts the container when PID 1 exits and probes, scales and logs it as one thing. A supervisor, an init system or a backgrounded `&` process can die unnoticed, miss SIGTERM, and mixes its logs with the app\u2019s.",
      fix: 'Run one process per container and put helpers in their own containers (sidecars) of the same pod. For zombie reaping and signal forwarding use tini or dumb-init (`ENTRYPOINT ["tini", "--"]`), which this rule accepts.',
      bad: 'CMD nginx && php-fpm &\nCMD ["/usr/bin/supervisord", "-c", "/etc/supervisord.conf"]',
      good: 'ENTRYPOINT ["tini", "--"]\nCMD ["php-fpm", "-F"]'
    }
  },
  check(model) {
    return model.instructions.filter((i) => i.keyword === "CMD" || i.keyword === "ENTRYPOINT").flatMap((i) => {
      const why = launchedCommands(i).map(extraProcesses).find((w) => w !== null);
      return why ? [{ line: i.line, endLine: i.endLine, message: `${i.keyword} ${why}: run one process per container (tini or dumb-init are fine as PID 1)` }] : [];
    });
  }
});

// src/data/network-tools.json
var network_tools_default = {
  $comment: "Network tools an attacker inside a pod uses to probe and pivot, with the package names that provide them across apt, apk, yum/dnf and zypper. Lower-case; `*` matches anything.",
  tools: [
    { tool: "curl", packages: ["curl"] },
    { tool: "wget", packages: ["wget", "wget2"] },
    { tool: "netcat", packages: ["netcat", "netcat-openbsd", "netcat-traditional", "openbsd-netcat", "gnu-netcat", "nc", "ncat", "nmap-ncat"] },
    { tool: "socat", packages: ["socat"] },
    { tool: "dig/nslookup", packages: ["dnsutils", "bind9-dnsutils", "bind-tools", "bind-utils", "knot-dnsutils"] },
    { tool: "telnet", packages: ["telnet", "inetutils-telnet", "busybox-extras"] },
    { tool: "nmap", packages: ["nmap"] },
    { tool: "tcpdump", packages: ["tcpdump"] },
    { tool: "ssh client", packages: ["openssh-client", "openssh-clients", "dropbear-dbclient"] },
    { tool: "ssh server", packages: ["openssh-server", "openssh", "ssh", "dropbear"] }
  ]
};

// src/rules/dockerfile/network-tools-installed.ts
var TOOLS = network_tools_default.tools;
function toolOf(name) {
  return TOOLS.find((t) => packageMatches(name, t.packages))?.tool ?? null;
}
var network_tools_installed_default = dockerfileRule({
  meta: {
    id: "network-tools-installed",
    aliases: [],
    severity: "warning",
    category: "security",
    title: "Final image installs network tools",
    docs: {
      why: "curl, wget, netcat, dig, telnet, nmap, tcpdump and ssh are what an attacker who gets a shell in a pod uses to download payloads, scan the cluster network and reach other pods; an app rarely needs them at run time.",
      fix: "Download in a build stage and COPY the result, or remove the tool in the same RUN after using it (`apt-get purge -y curl`, `apk del .fetch-deps`). For debugging, use `kubectl debug` with an ephemeral container instead of shipping the tools.",
      bad: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*",
      good: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && curl -fsSLo /tmp/app.tgz https://example.com/app.tgz \\\n && apt-get purge -y --auto-remove curl && rm -rf /var/lib/apt/lists/*"
    }
  },
  check(model) {
    const chain = new Set(finalChain(model));
    const commands = runsOf(model, (stage) => chain.has(stage)).flatMap((run) => run.commands);
    const byCommand = /* @__PURE__ */ new Map();
    for (const kept of packagesKept(commands)) {
      const tool = toolOf(kept.name);
      if (tool) byCommand.set(kept.command, (byCommand.get(kept.command) ?? /* @__PURE__ */ new Set()).add(`${tool === kept.name ? tool : `${kept.name} (${tool})`}`));
    }
    const hits = [];
    for (const [command, tools] of byCommand) {
      hits.push({ line: command.line, endLine: command.line, message: `The final image keeps network tools an intruder can use: ${[...tools].join(", ")}; remove them in the same RUN after use or fetch in a build stage` });
    }
    return hits;
  }
});

// src/rules/dockerfile/no-inline-ignore-pragma.ts
var no_inline_ignore_pragma_default = dockerfileRule({
  meta: {
    id: "no-inline-ignore-pragma",
    aliases: ["DL1001"],
    severity: "info",
    category: "maintainability",
    title: "Inline ignore pragma",
    enabledByDefault: false,
    docs: {
      why: "Teams that want every exception recorded in one reviewed place (the config file) can forbid per-instruction ignore comments.",
      fix: "Remove the `# hadolint ignore=` / `# shipshape ignore=` comment and fix the finding, or turn the rule off in config with a reason.",
      bad: "FROM debian:12-slim\n# hadolint ignore=DL3008\nRUN apt-get install -y curl",
      good: "FROM debian:12-slim\nRUN apt-get install -y curl=7.88.1-10"
    },
    differs: "Also flags `# shipshape ignore=`; global and stage ignores are not flagged, as in hadolint."
  },
  check(model) {
    return model.comments.filter((c) => /^(?:hadolint|shipshape)\s+ignore\s*=/i.test(c.text)).map((c) => ({ line: c.line, endLine: c.line, message: "Inline ignore pragma: record exceptions in the config file instead" }));
  }
});

// src/rules/dockerfile/non-numeric-user.ts
var non_numeric_user_default = dockerfileRule({
  meta: {
    id: "non-numeric-user",
    aliases: ["DL3066"],
    severity: "warning",
    category: "security",
    title: "Final USER is a name, not a numeric id",
    differs: "Follows USER through `FROM <stage>` chains; warning, not info, because Kubernetes `runAsNonRoot` rejects a named user.",
    docs: {
      why: 'Kubernetes `runAsNonRoot` checks the image user without reading its /etc/passwd: with a name it cannot tell whether the user is root and refuses to start the container ("image has non-numeric user"). A numeric id also means the same thing on every node and in every scanner.',
      fix: "Create the user with a fixed id and switch to it by number: `USER 10001` or `USER 10001:10001`. A group name after a numeric id is fine.",
      bad: "FROM node:20-slim\nRUN useradd -r app\nUSER app",
      good: "FROM node:20-slim\nRUN useradd -r -u 10001 app\nUSER 10001"
    }
  },
  check(model) {
    const stage = model.finalStage;
    if (!stage || isWindowsImage(model.stages[stageChain(model, stage)[0].index].from)) return [];
    const found = lastUser(model, stage);
    if (!found) return [];
    const { user, instruction } = found;
    const stageOfUser = model.stages[instruction.stage] ?? stage;
    const value = user.includes("$") ? expand(user, variablesBefore(model, stageOfUser, instruction)) : user;
    if (value === null) return [];
    const name = value.split(":")[0];
    if (/^\d+$/.test(name) || name === "root" || name === "") return [];
    const shown = value === user ? user : `${user} (${value})`;
    return [{
      line: instruction.line,
      endLine: instruction.endLine,
      message: `The final USER ${shown} is a name; Kubernetes runAsNonRoot cannot verify it, use the numeric id (e.g. USER 10001)`
    }];
  }
});

// src/rules/dockerfile/npm-version-unpinned.ts
function pinned4(p) {
  if (p.includes("$")) return true;
  if (/^git(?:\+(?:ssh|https?))?:\/\//.test(p)) return p.includes("#");
  if (/\.(?:tar|tar\.gz|tgz)$/.test(p) || /^(?:\/|\.\/|\.\.\/|~\/)/.test(p)) return true;
  const name = p.startsWith("@") ? p.slice(p.indexOf("/") + 1) : p;
  return name.includes("@");
}
var npm_version_unpinned_default = dockerfileRule({
  meta: {
    id: "npm-version-unpinned",
    aliases: ["DL3016"],
    severity: "info",
    category: "reliability",
    title: "npm install of packages without versions",
    docs: {
      why: "Naming packages without a version installs the newest release on build day, outside any lockfile.",
      fix: "Pin `pkg@version`, or declare the package in package.json and run `npm ci`.",
      bad: "FROM node:20-slim\nRUN npm install -g typescript",
      good: "FROM node:20-slim\nRUN npm install -g typescript@5.4.5"
    },
    differs: "Default severity info (hadolint: warning). `npm i` and `npm add` count too; the finding is on the exact line of the npm command."
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      if (!isCall(line, ["npm"], ["install", "i", "add"])) return [];
      const loose = line.operands.slice(1).filter((p) => !pinned4(p));
      return loose.length ? [commandHit(line.command, `Pin versions in npm install: ${loose.join(", ")} (use <package>@<version>)`)] : [];
    });
  }
});

// src/rules/dockerfile/onbuild-forbidden-trigger.ts
var FORBIDDEN = /* @__PURE__ */ new Set(["ONBUILD", "FROM", "MAINTAINER"]);
var onbuild_forbidden_trigger_default = dockerfileRule({
  meta: {
    id: "onbuild-forbidden-trigger",
    aliases: ["DL3043"],
    severity: "error",
    category: "reliability",
    title: "ONBUILD with ONBUILD, FROM or MAINTAINER",
    docs: {
      why: "Docker does not allow ONBUILD, FROM or MAINTAINER as an ONBUILD trigger; the build of the child image fails.",
      fix: "Remove the trigger, or put the instruction in the child Dockerfile.",
      bad: "FROM node:20-slim\nONBUILD FROM alpine:3.20",
      good: "FROM node:20-slim\nONBUILD COPY . /app"
    },
    differs: "Same check, with the instruction's whole line range."
  },
  check(model) {
    return model.instructions.filter((i) => i.keyword === "ONBUILD" && FORBIDDEN.has((i.args.split(/\s+/)[0] ?? "").toUpperCase())).map((i) => ({ line: i.line, endLine: i.endLine, message: `${i.args.split(/\s+/)[0].toUpperCase()} is not allowed as an ONBUILD trigger` }));
  }
});

// src/rules/dockerfile/package-update-alone.ts
function isIndexRefresh(call) {
  if (!refreshVerbs(call.manager).has(call.verb)) return false;
  return !(call.manager !== "apt-get" && call.manager !== "apk" && call.packages.length > 0);
}
var package_update_alone_default = dockerfileRule({
  meta: {
    id: "package-update-alone",
    aliases: ["DS-0017", "CKV_DOCKER_5"],
    severity: "warning",
    category: "reliability",
    title: "Package index update without an install in the same RUN",
    docs: {
      why: "The layer of a lone `apt-get update` is cached: later builds reuse the old index while the install RUN after it changes, so they fetch package versions that no longer exist or miss security fixes.",
      fix: "Update and install in one RUN, and clean up in the same one: `RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`.",
      bad: "FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl",
      good: "FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*"
    }
  },
  check(model) {
    const hits = [];
    for (const run of runsOf(model)) {
      const calls2 = run.commands.map(osPackageCall);
      calls2.forEach((call, i) => {
        if (!call || !isIndexRefresh(call)) return;
        const used = calls2.slice(i + 1).some((later) => later && managerFamily(later.manager) === managerFamily(call.manager) && (isInstall(later) || isIndexConsumingVerb(later.verb) && !isIndexRefresh(later)));
        if (used) return;
        const program = call.line.program;
        hits.push({ line: call.command.line, endLine: call.command.line, message: `\`${program} ${call.verb}\` has no install after it in the same RUN; its cached layer goes stale, so update and install in one RUN` });
      });
    }
    return hits;
  }
});

// src/rules/dockerfile/pip-no-cache-dir.ts
var TRUTHY = /^(?:1|true|on|yes)$/i;
var VARIABLE2 = "PIP_NO_CACHE_DIR";
function setsNoCache(command) {
  return command.argv.some((w) => w.startsWith(VARIABLE2 + "=") && TRUTHY.test(w.slice(VARIABLE2.length + 1).replace(/^["']|["']$/g, "")));
}
function configuresNoCache(command) {
  const { program, operands } = commandLine(command);
  return program === "pip" && operands[0] === "config" && operands[1] === "set" && /^(?:global|install)\.no-cache-dir$/.test(operands[2] ?? "") && TRUTHY.test(operands[3] ?? "");
}
var pip_no_cache_dir_default = dockerfileRule({
  meta: {
    id: "pip-no-cache-dir",
    aliases: ["DL3042"],
    severity: "warning",
    category: "efficiency",
    title: "pip install without --no-cache-dir",
    differs: "Only stages whose files ship are checked; silent when PIP_NO_CACHE_DIR is set (ARG, ENV, inline, export, pip config) or a cache mount covers ~/.cache/pip or a parent.",
    docs: {
      why: "pip keeps every wheel it downloads in ~/.cache/pip; in an image that cache is dead weight, often as large as the packages themselves.",
      fix: "Use `pip install --no-cache-dir \u2026`, set `ENV PIP_NO_CACHE_DIR=1` before installing, or keep the cache out of the layer with `RUN --mount=type=cache,target=/root/.cache/pip`.",
      bad: "RUN pip install -r requirements.txt",
      good: "RUN pip install --no-cache-dir -r requirements.txt"
    }
  },
  check(model) {
    const shipped = shippedStages(model);
    const hits = [];
    const configured = [];
    for (const run of runsOf(model, (stage) => shipped.has(stage.index))) {
      if (hasCacheOrTmpfsMount(run.instruction, ".cache/pip")) continue;
      if (TRUTHY.test(variablesBefore(model, run.stage, run.instruction).get(VARIABLE2) ?? "")) continue;
      const chain = new Set(stageChain(model, run.stage));
      let exported = false;
      for (const command of run.commands) {
        if (command.argv[0] === "export" && setsNoCache(command)) exported = true;
        if (configuresNoCache(command)) configured.push({ stage: run.stage, line: command.line });
        const line = commandLine(command);
        if (line.program !== "pip" || line.operands[0] !== "install") continue;
        if (line.options.has("no-cache-dir") || exported || setsNoCache(command)) continue;
        if (configured.some((c) => chain.has(c.stage) && c.line <= command.line)) continue;
        hits.push({ line: command.line, endLine: command.line, message: "`pip install` without --no-cache-dir keeps downloaded wheels in ~/.cache/pip; add --no-cache-dir or set PIP_NO_CACHE_DIR=1" });
      }
    }
    return hits;
  }
});

// src/rules/dockerfile/pip-version-unpinned.ts
var VCS = /^(?:git|hg|svn|bzr)(?:\+[a-z-]+)?:/;
var SYMBOLS = ["==", ">=", "<=", "~=", "!=", "<", ">", "==="];
function pinned5(p) {
  if (p.includes("$")) return true;
  if (SYMBOLS.some((s) => p.includes(s))) return true;
  if (VCS.test(p)) return p.includes("@");
  return /\.(?:whl|tar\.gz|zip)$/.test(p) || p.includes("/") || p.startsWith(".");
}
var pip_version_unpinned_default = dockerfileRule({
  meta: {
    id: "pip-version-unpinned",
    aliases: ["DL3013"],
    severity: "info",
    category: "reliability",
    title: "pip install without versions",
    docs: {
      why: "An unpinned `pip install` takes the newest release on build day, so rebuilding the same Dockerfile can break.",
      fix: "Pin `pkg==version`, or install from a requirements or constraints file.",
      bad: "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask",
      good: "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3"
    },
    differs: "Default severity info (hadolint: warning). Recognises `python -m pip`, pip3.x and `-c`/`-r` files; the finding is on the exact line of the pip command."
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      if (!isCall(line, ["pip"], ["install"])) return [];
      if (hasOption(line, "r", "requirement", "c", "constraint")) return [];
      const packages = line.operands.slice(1);
      if (packages.includes(".")) return [];
      const loose = packages.filter((p) => !pinned5(p));
      return loose.length ? [commandHit(line.command, `Pin versions in pip install: ${loose.join(", ")} (use <package>==<version>)`)] : [];
    });
  }
});

// src/dockerfile/stage-context.ts
var POSIX = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "ksh", "mksh", "zsh", "busybox"]);
var DEFAULT_SHELL = ["/bin/sh", "-c"];
var WINDOWS_SHELL = ["cmd", "/S", "/C"];
function shellPragma(comment) {
  const match = /^(?:hadolint|shipshape)\s+shell\s*=\s*(\S+)/i.exec(comment.trim());
  return match ? match[1] : null;
}
function describeShell(argv, source) {
  let i = 0;
  if (basename(argv[0] ?? "") === "env") {
    i = 1;
    while (i < argv.length && (argv[i].startsWith("-") || argv[i].includes("="))) i++;
  }
  const name = basename(argv[i] ?? "").replace(/\.exe$/i, "").toLowerCase();
  let pipefail = false;
  for (let k = i + 1; k < argv.length - 1; k++) {
    if (/^-[A-Za-z]*o$/.test(argv[k]) && argv[k + 1] === "pipefail") pipefail = true;
  }
  return { argv, name, posix: POSIX.has(name), pipefail, source };
}
function stageSpan(model, stage) {
  const next = model.stages[stage.index + 1];
  return [stage.fromInstruction.line, next ? next.fromInstruction.line : Number.MAX_SAFE_INTEGER];
}
var pragmaComments = /* @__PURE__ */ new WeakMap();
function shellPragmas(model) {
  let pragmas = pragmaComments.get(model);
  if (!pragmas) {
    pragmas = [];
    for (const c of model.comments) {
      const shell = shellPragma(c.text);
      if (shell) pragmas.push({ line: c.line, shell });
    }
    pragmaComments.set(model, pragmas);
  }
  return pragmas;
}
function shellAt(model, stage, line) {
  let found = describeShell(DEFAULT_SHELL, "default");
  let foundAt = -1;
  const firstFrom = model.stages[0]?.fromInstruction.line ?? Number.MAX_SAFE_INTEGER;
  const consider = (at, info) => {
    if (at > foundAt) {
      found = info;
      foundAt = at;
    }
  };
  const pragmas = shellPragmas(model);
  for (const c of pragmas) {
    if (c.line < firstFrom) consider(c.line, describeShell([c.shell], "pragma"));
  }
  if (!stage) return found;
  const chain = stageChain(model, stage);
  if (foundAt < 0 && isWindowsImage(chain[0].from)) found = describeShell(WINDOWS_SHELL, "default");
  chain.forEach((s, depth) => {
    const [from, to] = stageSpan(model, s);
    const limit = s === stage ? Math.min(line, to) : to;
    const base = (depth + 1) * 1e9;
    for (const c of pragmas) {
      if (c.line > from && c.line < limit) consider(base + c.line, describeShell([c.shell], "pragma"));
    }
    for (const instruction of s.instructions) {
      if (instruction.keyword !== "SHELL" || instruction.line >= limit || !instruction.exec?.length) continue;
      consider(base + instruction.line, describeShell(instruction.exec, "SHELL"));
    }
  });
  return found;
}

// src/rules/dockerfile/pipefail-missing.ts
function setsPipefail(command) {
  const line = commandLine(command);
  if (line.program !== "set") return false;
  return line.words.some((w, i) => /^-[A-Za-z]*o$/.test(w) && line.words[i + 1] === "pipefail");
}
var pipefail_missing_default = dockerfileRule({
  meta: {
    id: "pipefail-missing",
    aliases: ["DL4006"],
    severity: "warning",
    category: "reliability",
    title: "Pipe in RUN without pipefail",
    docs: {
      why: "A pipeline's status is that of its last command: in `curl \u2026 | tar x` a failed download still lets the build pass with an empty or broken result.",
      fix: 'Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or `/bin/ash` on Alpine) before the RUN, or start the script with `set -o pipefail`.',
      bad: "FROM debian:12-slim\nRUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt",
      good: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt'
    },
    differs: "A SHELL with pipefail in a stage this one is built FROM counts, and so does `set -o pipefail` earlier in the same RUN (both false positives in hadolint); `|` inside quotes is no pipe. Reported on the exact line of the pipe."
  },
  check(model) {
    return runBodies(model).flatMap((body) => {
      if (body.form !== "shell") return [];
      if (!body.commands.some((c) => c.next === "|" || c.next === "|&")) return [];
      const shell = shellAt(model, body.stage, body.instruction.line);
      if (!shell.posix || shell.pipefail) return [];
      for (const command of body.commands) {
        if (setsPipefail(command)) return [];
        if (command.next === "|" || command.next === "|&") return [commandHit(command, "Pipe without `-o pipefail`: a failure before the last command goes unnoticed")];
      }
      return [];
    });
  }
});

// src/rules/dockerfile/pointless-command-in-run.ts
var POINTLESS = /* @__PURE__ */ new Set(["free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim"]);
var pointless_command_in_run_default = dockerfileRule({
  meta: {
    id: "pointless-command-in-run",
    aliases: ["DL3001"],
    severity: "info",
    category: "maintainability",
    title: "Command that makes no sense in a build",
    docs: {
      why: "ssh, vim, top, service, shutdown, mount, ps, free and kill act on an interactive session or a running system; during `docker build` there is neither.",
      fix: "Remove the command; start services from the container's command, and copy files in instead of fetching them over ssh.",
      bad: "FROM debian:12-slim\nRUN service nginx start",
      good: 'FROM nginx:1.27-alpine\nCMD ["nginx", "-g", "daemon off;"]'
    },
    differs: "Reported on the exact line of the command inside a multi-line RUN; wrappers (sudo, env \u2026) are looked through."
  },
  check(model) {
    return runCommandLines(model).filter(({ line }) => POINTLESS.has(line.program)).map(({ line }) => commandHit(line.command, `\`${line.program}\` makes no sense while an image builds`));
  }
});

// src/data/non-root-base-images.json
var non_root_base_images_default = {
  $comment: "Base images whose own config sets a non-root numeric USER, so a final stage built FROM them without a USER of its own does not run as root (root-user, run-as-non-root-needs-numeric-user). `image` is matched against the repository path (registry included, docker.io/library/ left out); `*` matches within one path segment; `tag` (a regular expression), when set, must match the tag; `unless` names an image the pattern would match that runs as root. Sources: each project's Dockerfile or image config (distroless nonroot 65532; Chainguard images 65532; nginxinc/nginx-unprivileged 101; Bitnami's non-root containers 1001; .NET chiseled images 1654).",
  images: [
    { image: "gcr.io/distroless/*", tag: "nonroot", user: "65532" },
    { image: "cgr.dev/chainguard/*", user: "65532" },
    { image: "nginxinc/nginx-unprivileged", user: "101" },
    { image: "bitnami/*", unless: "bitnami/minideb", user: "1001" },
    { image: "mcr.microsoft.com/dotnet/*", tag: "chiseled", user: "1654" }
  ]
};

// src/dockerfile/base-user.ts
var DOCKER_HUB = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
var ENTRIES = non_root_base_images_default.images.map((e) => ({
  image: new RegExp(`^${e.image.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")}$`),
  tag: e.tag ? new RegExp(e.tag) : null,
  unless: e.unless ?? null,
  user: e.user
}));
function baseImageUser(ref) {
  if (ref.unresolved) return void 0;
  const hub = !ref.registry || DOCKER_HUB.has(ref.registry);
  const path = hub ? ref.name.replace(/^library\//, "") : `${ref.registry}/${ref.name}`;
  const entry = ENTRIES.find((e) => e.image.test(path) && path !== e.unless && (!e.tag || e.tag.test(ref.tag ?? "")));
  if (entry) return entry.user;
  return /nonroot/i.test(ref.tag ?? "") ? null : void 0;
}

// src/rules/dockerfile/root-user.ts
var root_user_default = dockerfileRule({
  meta: {
    id: "root-user",
    aliases: ["DL3002", "DS-0002", "CKV_DOCKER_3", "CKV_DOCKER_8"],
    severity: "error",
    category: "security",
    title: "Final stage runs as root",
    differs: "Fires also when the final stage sets no USER at all (hadolint only judges an explicit `USER root`), follows USER through `FROM <stage>` chains, and is an error; a base image that sets a non-root user itself (distroless `:nonroot`, Chainguard, nginx-unprivileged, Bitnami, .NET chiseled: src/data/non-root-base-images.json) without USER is a warning.",
    docs: {
      why: "A process running as root inside the container is root on the node if it escapes; Kubernetes `runAsNonRoot` refuses such images.",
      fix: "Create an unprivileged user and switch to it by number at the end of the final stage: `USER 10001`.",
      bad: 'FROM node:20-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]',
      good: 'FROM node:20-slim\nCOPY . /app\nUSER 10001\nCMD ["node", "/app/server.js"]'
    }
  },
  check(model) {
    const stage = model.finalStage;
    if (!stage || isWindowsImage(model.stages[stageChain(model, stage)[0].index].from)) return [];
    const user = lastUser(model, stage);
    if (!user) {
      const at = stage.fromInstruction;
      const base = model.stages[stageChain(model, stage)[0].index].from;
      const inherited = baseImageUser(base);
      if (inherited !== void 0) {
        const uid2 = inherited ?? "65532";
        return [{ line: at.line, endLine: at.endLine, severity: "warning", message: `The final stage sets no USER and relies on ${base.resolved} to run as non-root${inherited ? ` (user ${inherited})` : ""}; declare it here by number (\`USER ${uid2}\`) so the Dockerfile says so and survives a change of base` }];
      }
      return [{ line: at.line, endLine: at.endLine, message: "The final stage sets no USER, so the container runs as root; add `USER <uid>` with a non-zero numeric id" }];
    }
    if (isRootUser(user.user)) {
      const at = user.instruction;
      return [{ line: at.line, endLine: at.endLine, message: `The last USER of the final stage is ${user.user}; switch to a non-root numeric user before CMD` }];
    }
    return [];
  }
});

// src/core/secret-files.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/data/secret-files.json
var secret_files_default = {
  $comment: "Files that hold credentials, for secret-file-copied (read by src/core/secret-files.ts). Globs are picomatch patterns matched against the file's base name, or against the whole path when they hold a '/'. A file that matches `notSecret` first (templates, public keys, certificates) is never reported.",
  secretFiles: [
    { glob: "id_{rsa,dsa,ecdsa,ed25519,ecdsa_sk,ed25519_sk}*", what: "an SSH private key" },
    { glob: "**/.ssh", what: "an SSH directory with private keys" },
    { glob: "*.{ppk,p8}", what: "a private key" },
    { glob: "*.pem", what: "a PEM file, usually a private key" },
    { glob: "*.key", what: "a private key" },
    { glob: "*.{p12,pfx}", what: "a PKCS#12 key store" },
    { glob: "*.{jks,keystore}", what: "a Java key store" },
    { glob: ".env", what: "an environment file" },
    { glob: ".env.*", what: "an environment file" },
    { glob: ".envrc", what: "an environment file" },
    { glob: ".npmrc", what: "an npm config that holds registry tokens" },
    { glob: ".pypirc", what: "a PyPI config with upload credentials" },
    { glob: "{.netrc,_netrc}", what: "a netrc file with login passwords" },
    { glob: ".git-credentials", what: "a git credential store" },
    { glob: "**/.aws/credentials", what: "AWS credentials" },
    { glob: "**/.docker/config.json", what: "a Docker config with registry credentials" },
    { glob: ".dockercfg", what: "a Docker config with registry credentials" },
    { glob: "**/.kube/config", what: "a kubeconfig with cluster credentials" },
    { glob: "{kubeconfig,kubeconfig.*,*.kubeconfig}", what: "a kubeconfig with cluster credentials" },
    { glob: "{.boto,.s3cfg,.vault-token,.htpasswd}", what: "a credential file" },
    { glob: "{credentials.json,client_secret*.json,*service-account*.json,*service_account*.json}", what: "a cloud service-account key" },
    { glob: "{secring.*,.gnupg}", what: "a GnuPG secret keyring" }
  ],
  notSecret: [
    "*.{example,sample,template,tmpl,tpl,dist}",
    "*.{example,sample,template,tmpl,tpl,dist}.*",
    "*.pub",
    "*.pub.*",
    "{known_hosts,authorized_keys}",
    "*{.gpg,-gpg,_gpg,gpg-}*.key",
    "{Release,release,apt}.key",
    "*-keyring.*",
    "{cert,cacert,ca,chain,fullchain,bundle,ca-bundle,certificate}.pem",
    "*[-_.]{cert,crt,ca,chain,fullchain,bundle,certificate}.pem"
  ]
};

// src/core/secret-files.ts
function matcher(glob) {
  return (0, import_picomatch2.default)(glob, { dot: true, basename: !glob.includes("/") });
}
var secretFiles = secret_files_default.secretFiles.map((f) => ({ what: f.what, test: matcher(f.glob) }));
var notSecret = secret_files_default.notSecret.map(matcher);
function normalise(path) {
  return path.replace(/^~\/?/, "").replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
}
var secretFileKind = memoize(findKind);
function findKind(path) {
  const p = normalise(path);
  if (!p || p === "." || notSecret.some((test) => test(p))) return null;
  return secretFiles.find((f) => f.test(p))?.what ?? null;
}
var isHarmlessFile = memoize((path) => {
  const p = normalise(path);
  return notSecret.some((test) => test(p));
});

// src/rules/dockerfile/secret-file-copied.ts
var secret_file_copied_default = dockerfileRule({
  meta: {
    id: "secret-file-copied",
    aliases: [],
    severity: "error",
    category: "security",
    title: "Credential file copied into the image",
    docs: {
      why: "A file COPY or ADD puts in a layer stays in the image even if a later RUN deletes it: anyone who can pull the image can extract the SSH key, `.env`, `.npmrc` token or kubeconfig.",
      fix: "Mount it for the one step that needs it (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, `RUN --mount=type=ssh`), list it in `.dockerignore`, and give the running container its credentials from a Kubernetes Secret. Templates (`*.example`, `*.sample`, `*.template`), public keys (`*.pub`, `*.gpg.key`) and certificate-named `.pem` files are not reported.",
      bad: "COPY .npmrc package.json ./\nRUN npm ci",
      good: "COPY package.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci"
    }
  },
  check(model) {
    return model.stages.flatMap(
      (stage) => stage.instructions.filter((i) => i.keyword === "COPY" || i.keyword === "ADD").flatMap((i) => {
        const paths = copyPaths(i);
        if (!paths) return [];
        const vars = variablesBefore(model, stage, i);
        const sources = paths.sources.map((s) => expand(s, vars) ?? s).filter((s) => !isRemoteSource(s));
        const found = sources.map((s) => ({ path: s, what: secretFileKind(s) })).filter((f) => f.what !== null);
        const dest = expand(paths.dest, vars) ?? paths.dest;
        const destKind = dest.endsWith("/") || sources.length !== 1 || sources.some(isHarmlessFile) ? null : secretFileKind(dest);
        if (!found.length && destKind) found.push({ path: dest, what: destKind });
        if (!found.length) return [];
        const list = found.map((f) => `${f.path} (${f.what})`).join(", ");
        return [{ line: i.line, endLine: i.endLine, message: `${i.keyword} puts ${list} into the image, where anyone who pulls it can read it; mount it with RUN --mount=type=secret instead and add it to .dockerignore` }];
      })
    );
  }
});

// src/rules/dockerfile/secret-in-build-config.ts
function secretId(name) {
  return name.toLowerCase();
}
function argMessage(name, word, valueKind) {
  const what = valueKind ? `its default is ${valueKind}` : `its name contains ${word}`;
  return `ARG ${name} looks like a credential (${what}): build args are recorded in the image history; use RUN --mount=type=secret,id=${secretId(name)} instead`;
}
function envMessage(name, what) {
  return `ENV ${name} ${what}: ENV is stored in the image for anyone who pulls it; pass it at run time (a Kubernetes Secret), or use RUN --mount=type=secret,id=${secretId(name)} for a build step`;
}
var secret_in_build_config_default = dockerfileRule({
  meta: {
    id: "secret-in-build-config",
    aliases: ["DL3064", "DS-0031", "SecretsUsedInArgOrEnv"],
    severity: "error",
    category: "security",
    title: "Credential in ARG or ENV",
    differs: "An ARG with a credential name fires even without a default (build args land in the image history); literal values are recognised by pattern (AWS, GitHub, Slack, private keys \u2026); placeholders and names ending _FILE, _PATH, _URL, _ENABLED are silent. Error, not warning. The value is never printed.",
    docs: {
      why: "ENV values are stored in the image config and build args in its history (`docker history`): anyone who can pull the image can read them. An ARG named like a credential is reported even without a default, because the value passed with `--build-arg` is recorded too.",
      fix: "Use a build secret (`RUN --mount=type=secret,id=npm_token \u2026`, built with `--secret id=npm_token,env=NPM_TOKEN`) and give the running container its credentials from a Kubernetes Secret. Names ending in _FILE, _PATH, _URL, _ENABLED (and similar) are silent, as is an ENV whose value is empty or a placeholder (`<token>`, `xxx`, `dummy`, `example`, a path, a flag, or a variable that no build arg fills); a literal token such as AKIA\u2026, ghp_\u2026, xox\u2026 or a private key is reported under any name.",
      bad: 'ARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci',
      good: 'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \\\n    echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc'
    }
  },
  check(model) {
    const hits = [];
    const at = (i, message) => ({ line: i.line, endLine: i.endLine, message });
    const redeclared = new Set(model.instructions.filter((i) => i.keyword === "ARG" && i.stage >= 0).flatMap((i) => keyValues(i, model.escapeChar).map((kv) => kv.name)));
    for (const i of model.instructions.filter((i2) => i2.keyword === "ARG" && i2.stage < 0)) {
      for (const { name, value } of keyValues(i, model.escapeChar)) {
        if (redeclared.has(name) && value === void 0) continue;
        const valueKind = value === void 0 ? null : credentialValue(value);
        const word = credentialName(name);
        if (valueKind || word && !redeclared.has(name)) hits.push(at(i, argMessage(name, word, valueKind)));
      }
    }
    for (const stage of model.stages) {
      const args = /* @__PURE__ */ new Set();
      for (const i of stage.instructions) {
        if (i.keyword === "ARG") {
          for (const { name, value } of keyValues(i, model.escapeChar)) {
            args.add(name);
            const valueKind = value === void 0 ? null : credentialValue(value);
            const word = credentialName(name);
            if (valueKind || word) hits.push(at(i, argMessage(name, word, valueKind)));
          }
        } else if (i.keyword === "ENV") {
          const vars = variablesBefore(model, stage, i);
          for (const { name, value = "" } of keyValues(i, model.escapeChar)) {
            const fromArgs = variableNames(value).filter((v) => args.has(v));
            const secretArg = fromArgs.find((v) => credentialName(v));
            if (secretArg || fromArgs.length && credentialName(name)) {
              hits.push(at(i, envMessage(name, `copies build arg ${secretArg ?? fromArgs[0]} into the image environment`)));
              continue;
            }
            const verdict = assessCredential(name, substitute(value, vars).text);
            if (verdict?.by === "value") hits.push(at(i, envMessage(name, `holds ${verdict.what}`)));
            else if (verdict) hits.push(at(i, envMessage(name, `sets a credential (its name contains ${verdict.what})`)));
          }
        }
      }
    }
    return hits;
  }
});

// src/rules/dockerfile/shell-form-command.ts
function suggestion2(i) {
  const [first] = i.commands;
  const argv = first?.argv[0] === "exec" ? first.argv.slice(1) : first?.argv ?? [];
  const simple = i.commands.length === 1 && first.redirects.length === 0 && argv.length > 0 && !argv.some((w) => w.includes("$"));
  if (!first || !simple) return `use exec form, or start the script with \`exec\` so the app replaces the shell (${i.keyword} ["sh", "-c", "\u2026 && exec app"])`;
  const more = argv.length > 1 ? ", \u2026" : "";
  return `use exec form: ${i.keyword} [${JSON.stringify(argv[0])}${more}]`;
}
function problem2(i) {
  if (i.args.startsWith("[")) return `${i.keyword} is meant as exec form but is not valid JSON (strings need double quotes), so Docker runs it through /bin/sh: write ${i.keyword} ["\u2026", "\u2026"] with double quotes`;
  if (i.commands.length === 1 && i.commands[0].argv[0] === "exec") return `${i.keyword} uses shell form; \`exec\` hands PID 1 to the app, but the exec form needs no shell at all${i.keyword === "ENTRYPOINT" ? " and keeps the CMD arguments, which a shell-form ENTRYPOINT ignores" : ""}: ${suggestion2(i)}`;
  return `${i.keyword} uses shell form, so /bin/sh is PID 1 and SIGTERM never reaches the app; ${suggestion2(i)}`;
}
var shell_form_command_default = dockerfileRule({
  meta: {
    id: "shell-form-command",
    aliases: ["DL3025"],
    severity: "warning",
    category: "reliability",
    title: "CMD or ENTRYPOINT in shell form",
    differs: "Same intent; the message suggests the exec form without quoting arguments back (they may hold credentials), says when an intended exec form is invalid JSON (single quotes), and does not claim lost signals for `exec app`.",
    docs: {
      why: "In shell form PID 1 is `/bin/sh -c`, which does not forward SIGTERM: Kubernetes waits out the grace period and then kills the app mid-request.",
      fix: "Use the JSON (exec) form so the app is PID 1 and receives signals; wrap with tini if it must reap children.",
      bad: "CMD node server.js",
      good: 'CMD ["node", "server.js"]'
    }
  },
  check(model) {
    return model.instructions.filter((i) => (i.keyword === "CMD" || i.keyword === "ENTRYPOINT") && i.form === "shell" && i.args !== "").map((i) => ({ line: i.line, endLine: i.endLine, message: problem2(i) }));
  }
});

// src/dockerfile/shellcheck.ts
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
var EXCLUDED_CODES = [1090, 1091, 2187];
var PROXY_VARIABLES = ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy"];
var DIALECTS = { sh: "sh", ash: "sh", busybox: "sh", dash: "dash", bash: "bash", ksh: "ksh", mksh: "ksh" };
var HEADER_LINES = 2;
var DEFAULT_TIMEOUT_MS = 3e4;
var DEFERRED = "shellcheck-deferred";
var MAX_SUBSTITUTION_DEPTH = 8;
function substitutionDepth(text) {
  let depth = 0;
  let deepest = 0;
  let backquoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === "$" && text[i + 1] === "(") {
      deepest = Math.max(deepest, ++depth + (backquoted ? 1 : 0));
      i++;
    } else if (ch === ")" && depth > 0) depth--;
    else if (ch === "`") {
      backquoted = !backquoted;
      if (backquoted) deepest = Math.max(deepest, depth + 1);
    }
  }
  return deepest;
}
var cachedPath;
var cachedFor;
function findShellcheck() {
  const path = process.env.PATH ?? "";
  if (cachedFor === path && cachedPath !== void 0) return cachedPath || null;
  cachedFor = path;
  cachedPath = "";
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, process.platform === "win32" ? "shellcheck.exe" : "shellcheck");
    try {
      accessSync(candidate, constants.X_OK);
      cachedPath = candidate;
      break;
    } catch {
    }
  }
  return cachedPath || null;
}
var SHELLCHECK_MISSING_NOTICE = "shellcheck is not on PATH: RUN scripts were not checked with ShellCheck (install the `shellcheck` package to enable SCxxxx findings)";
function scriptJobs(model, prefix = "r", skipped = []) {
  const jobs = [];
  for (const body of runBodies(model)) {
    if (body.form !== "shell" || !body.script || !body.script.text.trim()) continue;
    const { instruction, stage } = body;
    const script = withHeredocs(body.script, instruction.heredocs, instruction.line);
    const depth = substitutionDepth(script.text);
    if (depth > MAX_SUBSTITUTION_DEPTH) {
      skipped.push({ line: instruction.line, reason: `command substitutions nested ${depth} deep` });
      continue;
    }
    let dialect = DIALECTS[heredocInterpreter(instruction.args, body.script, instruction.heredocs) ?? shellAt(model, stage, instruction.line).name];
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(script.text);
    if (shebang) {
      const program = shebang[1].endsWith("/env") ? shebang[2] ?? "" : shebang[1];
      dialect = DIALECTS[program.slice(program.lastIndexOf("/") + 1)];
    }
    if (!dialect) continue;
    const names = [...PROXY_VARIABLES, ...stage ? variableNamesBefore(model, stage, instruction) : []].filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
    const header = `#!/bin/${dialect}
export ${[...new Set(names)].map((n) => `${n}=1`).join(" ")}
`;
    jobs.push({ name: `${prefix}${jobs.length + 1}-line${instruction.line}.sh`, text: header + script.text + "\n", script, line: instruction.line });
  }
  return jobs;
}
function heredocInterpreter(args, script, heredocs) {
  if (!heredocs.length || script.lineAt[0] !== heredocs[0].line) return void 0;
  const program = args.replace(/<<-?\s*(["']?)[A-Za-z0-9_.-]+\1/g, "").trim().split(/\s+/)[0];
  return program ? program.slice(program.lastIndexOf("/") + 1) : void 0;
}
function withHeredocs(script, heredocs, line) {
  if (!heredocs.length || script.lineAt[0] === heredocs[0].line) return script;
  let text = script.text;
  const lineAt = [...script.lineAt];
  const push2 = (s, at) => {
    text += s;
    for (let i = 0; i < s.length; i++) lineAt.push(at);
  };
  for (const doc of heredocs) {
    push2("\n", lineAt[lineAt.length - 1] ?? line);
    const body = doc.body.endsWith("\n") || doc.body === "" ? doc.body : doc.body + "\n";
    let at = doc.line;
    for (const ch of body) {
      push2(ch, at);
      if (ch === "\n") at++;
    }
    push2(doc.name, at);
  }
  return { text, lineAt };
}
function shellcheckArgs(jobs) {
  return ["--format=json1", "--norc", `--exclude=${EXCLUDED_CODES.join(",")}`, ...jobs.map((j) => j.name)];
}
function writeJobs(dir, jobs) {
  for (const job of jobs) writeFileSync(join(dir, job.name), job.text);
}
function readShellcheckOutput(jobs, status, stdout, stderr) {
  if (status !== 0 && status !== 1) throw new Error(`shellcheck exited with status ${status}: ${stderr.trim().split("\n")[0]}`);
  let parsed;
  try {
    parsed = JSON.parse(stdout || '{"comments":[]}');
  } catch {
    throw new Error("shellcheck printed output that is not JSON");
  }
  const byFile = new Map(jobs.map((j) => [j.name, []]));
  for (const comment of parsed.comments ?? []) byFile.get(comment.file)?.push(comment);
  return byFile;
}
function runShellcheck(binary, jobs, timeoutMs = DEFAULT_TIMEOUT_MS) {
  if (!jobs.length) return /* @__PURE__ */ new Map();
  const dir = mkdtempSync(join(tmpdir(), "shipshape-sc-"));
  try {
    writeJobs(dir, jobs);
    const result = spawnSync(binary, shellcheckArgs(jobs), {
      cwd: dir,
      encoding: "utf8",
      timeout: timeoutMs,
      maxBuffer: 256 * 1024 * 1024,
      windowsHide: true
    });
    if (result.error) {
      const code = result.error.code;
      throw new Error(code === "ETIMEDOUT" ? timedOut(timeoutMs) : `shellcheck could not run: ${result.error.message}`);
    }
    if (result.signal) throw new Error(`shellcheck was stopped by ${result.signal}`);
    return readShellcheckOutput(jobs, result.status, result.stdout, result.stderr ?? "");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
var timedOut = (timeoutMs) => `shellcheck timed out after ${timeoutMs} ms`;
var LEVELS = { error: "error", warning: "warning", info: "info", style: "info" };
function fileLine(job, line, column) {
  const scriptLine = line - HEADER_LINES;
  if (scriptLine < 1) return job.line;
  let offset = 0;
  for (let l = 1; l < scriptLine; l++) {
    const next = job.script.text.indexOf("\n", offset);
    if (next < 0) return job.script.lineAt[job.script.lineAt.length - 1] ?? job.line;
    offset = next + 1;
  }
  const at = Math.min(offset + Math.max(column - 1, 0), job.script.lineAt.length - 1);
  return job.script.lineAt[at] ?? job.line;
}
function toHits(job, comments) {
  return comments.map((c) => {
    const line = fileLine(job, c.line, c.column);
    const endLine = Math.max(line, fileLine(job, c.endLine, Math.max(c.endColumn - 1, 1)));
    return { line, endLine, ruleId: `SC${c.code}`, severity: LEVELS[c.level] ?? "warning", message: c.message };
  });
}
function shellcheckDockerfile(model, timeoutMs = DEFAULT_TIMEOUT_MS) {
  const binary = findShellcheck();
  if (!binary) return [];
  const jobs = scriptJobs(model);
  if (!jobs.length) return [];
  const results = runShellcheck(binary, jobs, timeoutMs);
  return jobs.flatMap((job) => toHits(job, results.get(job.name) ?? []));
}

// src/rules/dockerfile/shellcheck.ts
var shellcheck_default = dockerfileRule({
  meta: {
    id: "shellcheck",
    aliases: [],
    severity: "warning",
    category: "reliability",
    title: "ShellCheck finding in a RUN script",
    docs: {
      why: "RUN scripts are shell scripts: unquoted expansions, failing `cd`s and typos break builds or install the wrong thing. Findings carry ShellCheck's own id (`SC2086` \u2026), which config and pragmas can ignore or re-level one by one.",
      fix: "Follow the SC code's advice (https://www.shellcheck.net/wiki/SC2086 \u2026), or silence one code with `# hadolint ignore=SC2086` above the RUN or `rules: {SC2086: off}`. Runs only when a `shellcheck` binary is on PATH; the report says so when it is not.",
      bad: "FROM debian:12-slim\nARG VERSION\nRUN cd /opt && curl -fsSLo app.tgz https://example.com/app-$VERSION.tgz",
      good: 'FROM debian:12-slim\nARG VERSION\nWORKDIR /opt\nRUN curl -fsSLo app.tgz "https://example.com/app-${VERSION}.tgz"'
    },
    differs: "Every SC code is its own rule id (`SC2086`), configurable and ignorable like a DL code; findings point at the exact line inside a multi-line RUN, not its first line. Each RUN is checked in isolation with the stage's shell (SHELL, `# hadolint shell=`, inherited through `FROM <stage>`) and the ARG/ENV names in force; the scripts of a whole run go to a few shellcheck processes running in parallel, one per core, started while the other files are still being linted."
  },
  check(model, options) {
    if (options[DEFERRED] === true) return [];
    const timeout = Number(options["shellcheck-timeout"]);
    return shellcheckDockerfile(model, Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS);
  }
});

// src/rules/dockerfile/stage-name-reserved.ts
var RESERVED = /* @__PURE__ */ new Set(["scratch", "context"]);
var stage_name_reserved_default = dockerfileRule({
  meta: {
    id: "stage-name-reserved",
    aliases: ["DL3063"],
    severity: "warning",
    category: "reliability",
    title: "Stage named with a reserved word",
    docs: {
      why: "`scratch` and `context` already mean something to BuildKit; a stage with that name is ambiguous in `FROM` and `COPY --from`.",
      fix: "Rename the stage.",
      bad: "FROM golang:1.22 AS context\nRUN go build -o /app .",
      good: "FROM golang:1.22 AS build\nRUN go build -o /app ."
    },
    differs: "Case-insensitive, as Docker treats stage names."
  },
  check(model) {
    return model.stages.filter((s) => s.name !== null && RESERVED.has(s.name)).map((s) => ({ line: s.fromInstruction.line, endLine: s.fromInstruction.endLine, message: `Stage name "${s.name}" is a reserved word` }));
  }
});

// src/rules/dockerfile/sudo-in-run.ts
var sudo_in_run_default = dockerfileRule({
  meta: {
    id: "sudo-in-run",
    aliases: ["DL3004"],
    severity: "error",
    category: "security",
    title: "sudo in RUN",
    docs: {
      why: "Build steps already run as the current USER; `sudo` means the image ships sudo and a user allowed to use it, and it behaves unpredictably without a TTY.",
      fix: "Do the privileged step before switching USER (or `USER root` \u2026 `USER 10001` around it) and drop sudo.",
      bad: "USER app\nRUN sudo apt-get update && sudo apt-get install -y curl",
      good: "RUN apt-get update && apt-get install -y --no-install-recommends curl\nUSER app"
    }
  },
  check(model) {
    return model.instructions.filter((i) => i.keyword === "RUN").flatMap((i) => launchedCommands(i)).filter((command) => {
      const stripped = command.argv.length - effectiveArgv(command).length;
      for (let i = 0; i < stripped; i++) if (basename(command.argv[i]) === "sudo") return true;
      return false;
    }).map((command) => ({ line: command.line, endLine: command.line, message: "sudo in RUN: build steps already run as the current USER; do this step as root before switching USER, and do not install sudo" }));
  }
});

// src/rules/dockerfile/untrusted-registry.ts
var HUB = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "hub.docker.com"]);
function registryAllowed(registry, patterns) {
  const names = HUB.has(registry) ? ["docker.io", "hub.docker.com"] : [registry];
  return patterns.some((p) => names.some((r) => {
    if (p === "*") return true;
    if (p.startsWith("*")) return r.endsWith(p.slice(1));
    if (p.endsWith("*")) return r.startsWith(p.slice(0, -1));
    return r === p;
  }));
}
function trusted(options) {
  const raw = options["trusted-registries"] ?? options.trustedRegistries;
  const list = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(",") : [];
  return list.map((r) => String(r).trim()).filter(Boolean);
}
function registryOf(image) {
  if (!isPullable(image)) return null;
  return image.registry ?? "docker.io";
}
var untrusted_registry_default = dockerfileRule({
  meta: {
    id: "untrusted-registry",
    aliases: ["DL3026"],
    severity: "error",
    category: "security",
    title: "Image from a registry not in trusted-registries",
    docs: {
      why: "Base images run and ship your code, and the images `COPY --from` and `RUN --mount=from=` read put files into it; pulling any of them from an unvetted registry hands that trust to whoever controls it.",
      fix: "Mirror the image into a trusted registry, or add the registry to the `trusted-registries` option (`*.example.com` and `example*` wildcards work as in hadolint). Silent when the option is not set.",
      bad: "FROM quay.io/someone/tool:1.0",
      good: "FROM registry.example.com/mirror/tool:1.0"
    },
    differs: "ARG-parameterised FROM images are resolved first (unresolvable ones are left alone rather than flagged); `index.docker.io` counts as Docker Hub. Covers FROM, `COPY --from=<image>` and `RUN --mount=from=<image>`, as hadolint 2.15 does; a `--from` holding a variable is left alone (docker build refuses it; copy-from-unknown-stage reports it)."
  },
  check(model, options) {
    const patterns = trusted(options);
    if (!patterns.length) return [];
    const hits = [];
    const flag = (instruction, registry, what) => {
      if (registry !== null && !registryAllowed(registry, patterns)) {
        hits.push({ line: instruction.line, endLine: instruction.endLine, message: `${what} comes from ${registry}, which is not in trusted-registries` });
      }
    };
    for (const stage of model.stages) {
      if (stage.baseStage === null) flag(stage.fromInstruction, registryOf(stage.from), `The base image ${stage.from.resolved}`);
      for (const instruction of stage.instructions) {
        for (const ref of fromReferences(instruction)) {
          const target = resolveFrom(model, ref);
          if (target.kind === "image") flag(instruction, registryOf(target.ref), `The image ${target.ref.resolved}`);
        }
      }
    }
    return hits;
  }
});

// src/rules/dockerfile/useradd-high-uid-without-l.ts
var useradd_high_uid_without_l_default = dockerfileRule({
  meta: {
    id: "useradd-high-uid-without-l",
    aliases: ["DL3046"],
    severity: "warning",
    category: "efficiency",
    title: "useradd with a high UID and without -l",
    docs: {
      why: "useradd writes a lastlog/faillog entry at an offset proportional to the UID; with a large UID that sparse file becomes gigabytes in the layer.",
      fix: "Add `-l` (`--no-log-init`).",
      bad: "FROM debian:12-slim\nRUN useradd -u 123456 app",
      good: "FROM debian:12-slim\nRUN useradd -l -u 123456 app"
    },
    differs: "Reported on the exact line of the useradd command."
  },
  check(model) {
    return runCommandLines(model).filter(({ line }) => line.program === "useradd" && !hasOption(line, "l", "no-log-init")).filter(({ line }) => [...line.values.get("u") ?? [], ...line.values.get("uid") ?? []].some((uid2) => uid2.length > 5 && !uid2.includes("$"))).map(({ line }) => commandHit(line.command, "useradd with a UID above 99999 and without -l writes a huge sparse lastlog into the layer"));
  }
});

// src/rules/dockerfile/wget-and-curl.ts
var wget_and_curl_default = dockerfileRule({
  meta: {
    id: "wget-and-curl",
    aliases: ["DL4001"],
    severity: "warning",
    category: "efficiency",
    title: "Both wget and curl in one stage",
    docs: {
      why: "Two download tools do one job: installing both adds size and attack surface.",
      fix: "Pick one of them for the whole stage.",
      bad: "FROM debian:12-slim\nRUN curl -fsSLO https://example.com/a.tgz\nRUN wget -q https://example.com/b.tgz",
      good: "FROM debian:12-slim\nRUN curl -fsSLO https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz"
    },
    differs: "Reported on the exact line of each use once both tools are in use in the stage."
  },
  check(model) {
    const seen = /* @__PURE__ */ new Map();
    return runBodies(model).flatMap((body) => {
      const key = body.stage?.index ?? -1;
      const tools = seen.get(key) ?? /* @__PURE__ */ new Set();
      seen.set(key, tools);
      return body.commands.flatMap((command) => {
        const program = commandLine(command).program;
        if (program !== "curl" && program !== "wget") return [];
        tools.add(program);
        return tools.size === 2 ? [commandHit(command, "This stage uses both wget and curl; use one of them")] : [];
      });
    });
  }
});

// src/rules/dockerfile/wget-without-progress.ts
var wget_without_progress_default = dockerfileRule({
  meta: {
    id: "wget-without-progress",
    aliases: ["DL3047"],
    severity: "info",
    category: "maintainability",
    title: "wget without a progress setting",
    docs: {
      why: "wget's default progress bar prints thousands of lines into build logs when downloading large files.",
      fix: "Add `--progress=dot:giga`, or `-q`/`-nv`.",
      bad: "FROM debian:12-slim\nRUN wget https://example.com/big.tar.gz",
      good: "FROM debian:12-slim\nRUN wget --progress=dot:giga https://example.com/big.tar.gz"
    },
    differs: "Reported on the exact line of the wget command."
  },
  check(model) {
    return runCommandLines(model).filter(({ line }) => line.program === "wget").filter(({ line }) => !hasOption(line, "progress", "q", "quiet", "o", "output-file", "a", "append-output", "no-verbose") && !line.words.includes("-nv")).map(({ line }) => commandHit(line.command, "wget without `--progress=dot:giga` (or -q/-nv) floods the build log"));
  }
});

// src/rules/dockerfile/workdir-relative.ts
var isAbsolute = (p) => p.startsWith("/") || /^[A-Za-z]:[\\/]?/.test(p) || p.startsWith("\\\\");
var workdir_relative_default = dockerfileRule({
  meta: {
    id: "workdir-relative",
    aliases: ["DL3000"],
    severity: "error",
    category: "reliability",
    title: "WORKDIR is a relative path",
    docs: {
      why: "A relative WORKDIR resolves against whatever directory the base image left, which changes when the base image does.",
      fix: "Use an absolute path: `WORKDIR /app`.",
      bad: "FROM node:20-slim\nWORKDIR app",
      good: "FROM node:20-slim\nWORKDIR /app"
    },
    differs: "Variables are resolved from ARG/ENV values first (`ENV DIR=app` + `WORKDIR $DIR` fires; hadolint accepts any `$\u2026`); silent on a relative WORKDIR after an absolute one in the same stage chain, which Docker resolves deterministically."
  },
  check(model) {
    const pathOf = (instruction, vars) => processWord(instruction.args, vars, model.escapeChar);
    return model.stages.flatMap((stage) => {
      let absoluteSeen = stageChain(model, stage).slice(0, -1).some((s) => s.instructions.some((i) => i.keyword === "WORKDIR" && isAbsolute(pathOf(i).text)));
      const hits = [];
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== "WORKDIR" || !instruction.args) continue;
        const { text: path, unresolved } = pathOf(instruction, variablesBefore(model, stage, instruction));
        if (unresolved) continue;
        if (isAbsolute(path)) absoluteSeen = true;
        else if (!absoluteSeen) hits.push({ line: instruction.line, endLine: instruction.endLine, message: `WORKDIR ${path} is relative to the base image's working directory; use an absolute path` });
      }
      return hits;
    });
  }
});

// src/rules/dockerfile/yarn-cache-not-cleaned.ts
var isInstall2 = (l) => l.program === "yarn" && (l.operands[0] === "install" || l.operands.length === 0);
var isClean = (l) => l.program === "yarn" && l.operands[0] === "cache" && l.operands[1] === "clean";
var yarn_cache_not_cleaned_default = dockerfileRule({
  meta: {
    id: "yarn-cache-not-cleaned",
    aliases: ["DL3060"],
    severity: "info",
    category: "efficiency",
    title: "yarn install without yarn cache clean",
    docs: {
      why: "yarn keeps a copy of every package in its cache; unless the same RUN cleans it, the layer carries the dependencies twice.",
      fix: "Add `&& yarn cache clean` to the RUN, or mount the cache: `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install`.",
      bad: "FROM node:20-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile",
      good: "FROM node:20-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean"
    },
    differs: "Silent in build stages whose files never ship (only copied from); bare `yarn` counts as an install; reported on the install command's line."
  },
  check(model) {
    const shipped = shippedStages(model);
    return runBodies(model).flatMap((body) => {
      if (body.stage && !shipped.has(body.stage.index)) return [];
      if (hasCacheOrTmpfsMount(body.instruction, ".cache/yarn")) return [];
      const lines = body.commands.map(commandLine);
      const install = lines.findIndex(isInstall2);
      if (install < 0 || lines.slice(install + 1).some(isClean)) return [];
      return [commandHit(lines[install].command, "`yarn cache clean` is missing after yarn install: the cache stays in the layer")];
    });
  }
});

// src/rules/dockerfile/yum-clean-missing.ts
var CACHE2 = "/var/cache/yum";
var yum_clean_missing_default = dockerfileRule({
  meta: {
    id: "yum-clean-missing",
    aliases: ["DL3032", "DS-0015"],
    severity: "warning",
    category: "efficiency",
    title: "`yum clean all` missing after yum install",
    differs: "Only stages whose files ship are checked; cache mounts silence it. Finding on the `yum install` line.",
    docs: {
      why: "yum keeps downloaded packages and metadata in /var/cache/yum; unless the same RUN cleans it, the layer keeps it for good.",
      fix: "End the RUN with `yum clean all` (or `rm -rf /var/cache/yum`), or keep the cache out of the layer with `RUN --mount=type=cache,target=/var/cache/yum`.",
      bad: "RUN yum install -y httpd",
      good: "RUN yum install -y httpd && yum clean all"
    }
  },
  check(model) {
    const shipped = shippedStages(model);
    const hits = [];
    for (const run of runsOf(model, (stage) => shipped.has(stage.index))) {
      if (hasCacheOrTmpfsMount(run.instruction, CACHE2)) continue;
      const at = run.commands.findIndex((command2, i) => {
        const call = osPackageCall(command2);
        if (call?.manager !== "yum" || !cacheFillingVerbs(call.manager).has(call.verb)) return false;
        return !run.commands.slice(i + 1).some((c) => cleansAll(c, ["yum", "dnf"]) || deletesDirectory(c, [CACHE2]));
      });
      if (at < 0) continue;
      const command = run.commands[at];
      hits.push({ line: command.line, endLine: command.line, message: "`yum clean all` is missing after this yum command; the package cache stays in the layer" });
    }
    return hits;
  }
});

// src/rules/dockerfile/yum-missing-yes.ts
var yum_missing_yes_default = dockerfileRule({
  meta: {
    id: "yum-missing-yes",
    aliases: ["DL3030"],
    severity: "warning",
    category: "reliability",
    title: "yum install without -y",
    docs: {
      why: "Without `-y` yum asks for confirmation, which a build cannot give.",
      fix: "Add `-y` (or `--assumeyes`).",
      bad: "FROM centos:7\nRUN yum install httpd && yum clean all",
      good: "FROM centos:7\nRUN yum install -y httpd && yum clean all"
    },
    differs: "Reported on the exact line of the yum command."
  },
  check(model) {
    return runCommandLines(model).filter(({ line }) => isCall(line, ["yum"], ["install", "groupinstall", "localinstall"]) && !hasOption(line, "y", "assumeyes")).map(({ line }) => commandHit(line.command, "Use `yum install -y`: the build cannot answer the confirmation prompt"));
  }
});

// src/rules/dockerfile/yum-version-unpinned.ts
var yum_version_unpinned_default = dockerfileRule({
  meta: {
    id: "yum-version-unpinned",
    aliases: ["DL3033"],
    severity: "info",
    category: "reliability",
    title: "yum install without versions",
    docs: {
      why: "Unpinned packages install whatever the repository has on build day, so two builds can differ.",
      fix: "Pin `pkg-version` (and `module:stream` for modules) where reproducibility matters.",
      bad: "FROM centos:7\nRUN yum install -y httpd && yum clean all",
      good: "FROM centos:7\nRUN yum install -y httpd-2.4.6-99.el7 && yum clean all"
    },
    differs: "Default severity info (hadolint: warning); any variable in a package spec counts as pinned; the finding is on the exact line of the yum command."
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      const loose = unpinnedRpmSpecs(line, ["yum"]);
      return loose?.length ? [commandHit(line.command, `Specify versions with yum install: ${loose.join(", ")} (use <package>-<version>)`)] : [];
    });
  }
});

// src/rules/dockerfile/zypper-clean-missing.ts
var zypper_clean_missing_default = dockerfileRule({
  meta: {
    id: "zypper-clean-missing",
    aliases: ["DL3036"],
    severity: "warning",
    category: "efficiency",
    title: "zypper install without zypper clean",
    docs: {
      why: "zypper keeps downloaded packages and metadata under /var/cache/zypp; unless the same RUN cleans them, they stay in the layer.",
      fix: "End the RUN with `zypper clean -a`, or mount a cache: `RUN --mount=type=cache,target=/var/cache/zypp \u2026`.",
      bad: "FROM opensuse/leap:15.6\nRUN zypper -n install httpd",
      good: "FROM opensuse/leap:15.6\nRUN zypper -n install httpd && zypper clean -a"
    },
    differs: "Silent in build stages whose files never ship (only copied from); cache or tmpfs mounts on /var/cache/zypp count as clean. Reported on the install command's line."
  },
  check(model) {
    const shipped = shippedStages(model);
    return runBodies(model).flatMap((body) => {
      if (body.stage && !shipped.has(body.stage.index)) return [];
      if (hasCacheOrTmpfsMount(body.instruction, "/var/cache/zypp")) return [];
      const lines = body.commands.map(commandLine);
      const install = lines.findIndex((l) => isCall(l, ["zypper"], ["install", "in"]));
      if (install < 0 || lines.slice(install + 1).some((l) => isCall(l, ["zypper"], ["clean", "cc"]))) return [];
      return [commandHit(lines[install].command, "`zypper clean` is missing after zypper install: the package cache stays in the layer")];
    });
  }
});

// src/rules/dockerfile/zypper-dist-upgrade.ts
var zypper_dist_upgrade_default = dockerfileRule({
  meta: {
    id: "zypper-dist-upgrade",
    aliases: ["DL3035"],
    severity: "warning",
    category: "reliability",
    title: "zypper dist-upgrade in a build",
    docs: {
      why: "A distribution upgrade inside an image turns the base into a different release than its tag says; take a newer base image instead.",
      fix: "Use a newer base image tag, or `zypper patch`/`zypper update` for fixes.",
      bad: "FROM opensuse/leap:15.5\nRUN zypper -n dist-upgrade",
      good: "FROM opensuse/leap:15.6"
    },
    differs: "Reported on the exact line of the zypper command."
  },
  check(model) {
    return runCommandLines(model).filter(({ line }) => isCall(line, ["zypper"], ["dist-upgrade", "dup"])).map(({ line }) => commandHit(line.command, "Do not use `zypper dist-upgrade` in a Dockerfile; use a newer base image"));
  }
});

// src/rules/dockerfile/zypper-missing-yes.ts
var zypper_missing_yes_default = dockerfileRule({
  meta: {
    id: "zypper-missing-yes",
    aliases: ["DL3034"],
    severity: "warning",
    category: "reliability",
    title: "zypper without a non-interactive switch",
    docs: {
      why: "zypper asks for confirmation on install, remove and patch; a build cannot answer.",
      fix: "Add `-n`/`--non-interactive` before the command, or `-y` after it.",
      bad: "FROM opensuse/leap:15.6\nRUN zypper install httpd && zypper clean",
      good: "FROM opensuse/leap:15.6\nRUN zypper --non-interactive install httpd && zypper clean"
    },
    differs: "Reported on the exact line of the zypper command."
  },
  check(model) {
    return runCommandLines(model).filter(({ line }) => isCall(line, ["zypper"], ["install", "in", "remove", "rm", "source-install", "si", "patch"]) && !hasOption(line, "non-interactive", "n", "no-confirm", "y")).map(({ line }) => commandHit(line.command, `Use \`zypper --non-interactive ${line.operands[0]}\` (or -y): the build cannot answer prompts`));
  }
});

// src/rules/dockerfile/zypper-version-unpinned.ts
var pinned6 = (p) => /[=<>$]/.test(p) || p.endsWith(".rpm");
var zypper_version_unpinned_default = dockerfileRule({
  meta: {
    id: "zypper-version-unpinned",
    aliases: ["DL3037"],
    severity: "info",
    category: "reliability",
    title: "zypper install without versions",
    docs: {
      why: "Unpinned packages install whatever the repository has on build day, so two builds can differ.",
      fix: "Pin `pkg=version` (or `pkg>=version`).",
      bad: "FROM opensuse/leap:15.6\nRUN zypper -n install httpd && zypper clean",
      good: "FROM opensuse/leap:15.6\nRUN zypper -n install httpd=2.4.58 && zypper clean"
    },
    differs: "Default severity info (hadolint: warning); reported on the exact line of the zypper command."
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      if (!isCall(line, ["zypper"], ["install", "in"])) return [];
      const loose = line.operands.slice(1).filter((p) => !pinned6(p));
      return loose.length ? [commandHit(line.command, `Specify versions with zypper install: ${loose.join(", ")} (use <package>=<version>)`)] : [];
    });
  }
});

// src/rules/dockerfile-rules.ts
var dockerfileRules = [add_instead_of_copy_default, apk_no_cache_default, apk_version_unpinned_default, apt_get_missing_yes_default, apt_in_script_default, apt_install_recommends_default, apt_lists_not_removed_default, apt_version_unpinned_default, archive_copied_then_extracted_default, build_tools_in_final_stage_default, cd_in_run_default, chmod_in_separate_layer_default, consecutive_run_default, copy_before_dependency_install_default, copy_entire_filesystem_default, copy_from_own_stage_default, copy_from_unknown_stage_default, copy_multiple_sources_no_slash_default, copy_relative_without_workdir_default, dnf_clean_missing_default, dnf_missing_yes_default, dnf_version_unpinned_default, duplicate_stage_name_default, env_self_reference_default, expose_port_out_of_range_default, expose_ssh_port_default, from_platform_fixed_default, from_platform_redundant_default, gem_version_unpinned_default, go_version_unpinned_default, healthcheck_missing_default, heavy_base_image_default, image_tag_latest_default, image_tag_missing_default, label_empty_default, label_key_invalid_default, label_missing_default, label_not_email_default, label_not_git_hash_default, label_not_rfc3339_default, label_not_semver_default, label_not_spdx_default, label_not_url_default, label_superfluous_default, ln_bin_sh_default, log_to_file_default, maintainer_deprecated_default, multiple_cmd_default, multiple_entrypoint_default, multiple_healthcheck_default, multiple_processes_default, network_tools_installed_default, no_inline_ignore_pragma_default, non_numeric_user_default, npm_version_unpinned_default, onbuild_forbidden_trigger_default, package_update_alone_default, pip_no_cache_dir_default, pip_version_unpinned_default, pipefail_missing_default, pointless_command_in_run_default, root_user_default, secret_file_copied_default, secret_in_build_config_default, shell_form_command_default, shellcheck_default, stage_name_reserved_default, sudo_in_run_default, untrusted_registry_default, useradd_high_uid_without_l_default, wget_and_curl_default, wget_without_progress_default, workdir_relative_default, yarn_cache_not_cleaned_default, yum_clean_missing_default, yum_missing_yes_default, yum_version_unpinned_default, zypper_clean_missing_default, zypper_dist_upgrade_default, zypper_missing_yes_default, zypper_version_unpinned_default];

// src/data/kubernetes-cluster-scoped.json
var kubernetes_cluster_scoped_default = {
  $comment: "Kinds that live outside any namespace, so namespace-missing says nothing about them. Built-in ones by kind (their groups are all upstream); a custom kind whose name starts with `Cluster` (ClusterIssuer, ClusterSecretStore, ClusterPolicy\u2026) is taken as cluster-scoped by the convention CRD authors follow. `customKinds`: well-known custom kinds that are cluster-scoped without that prefix, by API group (`*`: every kind of the group, as Gatekeeper's constraints); a CRD of the run with `scope: Cluster` says the same of its own kind.",
  kinds: [
    "APIService",
    "CertificateSigningRequest",
    "ClusterRole",
    "ClusterRoleBinding",
    "ComponentStatus",
    "CSIDriver",
    "CSINode",
    "CustomResourceDefinition",
    "FlowSchema",
    "IngressClass",
    "MutatingAdmissionPolicy",
    "MutatingAdmissionPolicyBinding",
    "MutatingWebhookConfiguration",
    "Namespace",
    "Node",
    "PersistentVolume",
    "PodSecurityPolicy",
    "PriorityClass",
    "PriorityLevelConfiguration",
    "RuntimeClass",
    "SelfSubjectAccessReview",
    "SelfSubjectReview",
    "SelfSubjectRulesReview",
    "StorageClass",
    "StorageVersion",
    "SubjectAccessReview",
    "TokenReview",
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding",
    "ValidatingWebhookConfiguration",
    "VolumeAttachment",
    "VolumeAttributesClass",
    "DeviceClass",
    "ResourceSlice",
    "IPAddress",
    "ServiceCIDR",
    "GatewayClass",
    "StorageVersionMigration"
  ],
  customKinds: {
    "snapshot.storage.k8s.io": ["VolumeSnapshotClass", "VolumeSnapshotContent"],
    "crd.projectcalico.org": ["GlobalNetworkPolicy", "GlobalNetworkSet", "IPPool", "IPReservation", "BGPConfiguration", "BGPPeer", "BGPFilter", "FelixConfiguration", "ClusterInformation", "HostEndpoint", "KubeControllersConfiguration"],
    "projectcalico.org": ["GlobalNetworkPolicy", "GlobalNetworkSet", "IPPool", "IPReservation", "BGPConfiguration", "BGPPeer", "BGPFilter", "FelixConfiguration", "ClusterInformation", "HostEndpoint", "KubeControllersConfiguration"],
    "karpenter.sh": ["NodePool", "NodeClaim", "Provisioner", "Machine"],
    "karpenter.k8s.aws": ["EC2NodeClass", "AWSNodeTemplate"],
    "templates.gatekeeper.sh": ["ConstraintTemplate"],
    "constraints.gatekeeper.sh": ["*"],
    "apiextensions.crossplane.io": ["CompositeResourceDefinition", "Composition", "CompositionRevision", "EnvironmentConfig"],
    "pkg.crossplane.io": ["Provider", "ProviderRevision", "Configuration", "ConfigurationRevision", "Function", "FunctionRevision", "DeploymentRuntimeConfig", "ControllerConfig"],
    "cilium.io": ["CiliumClusterwideNetworkPolicy", "CiliumClusterwideEnvoyConfig", "CiliumNode", "CiliumIdentity", "CiliumExternalWorkload", "CiliumLoadBalancerIPPool", "CiliumBGPPeeringPolicy", "CiliumEgressGatewayPolicy"]
  }
};

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts2 = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts2.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts2.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts2[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts2[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where2 = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where2 += `in "${exception.mark.name}" `;
  where2 += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where2 += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where2}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function load(input, options) {
  const documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/kubernetes/read-fast.ts
var SCHEMA = new Schema(YAML11_SCHEMA.tags.filter((t) => t.tagName !== "tag:yaml.org,2002:timestamp"));
var KEEP_EVENTS_BELOW = 64 * 1024;
function readFast(text) {
  let values;
  let events;
  try {
    events = parseEvents(text, {});
    values = constructFromEvents(events, { schema: SCHEMA, source: text });
  } catch {
    return null;
  }
  return withPositions(text, values, text.length > KEEP_EVENTS_BELOW ? null : events);
}
function withPositions(text, values, events = null) {
  let index = null;
  const positions = () => {
    if (!index) {
      index = buildIndex(text, events ?? parseEvents(text, {}));
      events = null;
    }
    return index;
  };
  return values.map((value, document) => ({ value, span: (path) => positions().span(document, path) }));
}
function buildIndex(text, events) {
  const count = events.length;
  const close = new Int32Array(count);
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const roots = [];
  const anchors = /* @__PURE__ */ new Map();
  const open = [];
  const extendParent = (node) => {
    const parent = open[open.length - 1];
    if (parent !== void 0 && events[parent].type !== EVENT_ID.DOCUMENT) end[parent] = Math.max(end[parent], end[node]);
  };
  for (let i = 0; i < count; i++) {
    const event = events[i];
    close[i] = i;
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        open.push(i);
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        start[i] = event.start;
        end[i] = event.start + 1;
        if (event.anchorStart >= 0) anchors.set(text.slice(event.anchorStart, event.anchorEnd), i);
        open.push(i);
        break;
      case EVENT_ID.SCALAR: {
        const quoted = event.style === 2 || event.style === 3;
        start[i] = event.valueStart;
        end[i] = event.valueEnd + (quoted ? 1 : 0);
        if (event.anchorStart >= 0) anchors.set(text.slice(event.anchorStart, event.anchorEnd), i);
        extendParent(i);
        break;
      }
      case EVENT_ID.ALIAS:
        start[i] = event.anchorStart - 1;
        end[i] = event.anchorEnd;
        extendParent(i);
        break;
      case EVENT_ID.POP: {
        const done = open.pop();
        if (done === void 0) break;
        close[done] = i;
        const opened = events[done];
        if (opened.type === EVENT_ID.DOCUMENT) roots.push(done + 1 < i ? done + 1 : -1);
        else {
          if ((opened.type === EVENT_ID.MAPPING || opened.type === EVENT_ID.SEQUENCE) && opened.style === 2) end[done] = closingBracket(text, end[done]);
          extendParent(done);
        }
        break;
      }
    }
  }
  const starts = lineStarts(text);
  const lineAt = (offset) => lineOfOffset(starts, offset);
  const kind = (node) => node >= 0 ? events[node].type : -1;
  const keyTexts = /* @__PURE__ */ new Map();
  const scalarText = (node) => {
    const event = events[node];
    if (event.type !== EVENT_ID.SCALAR) return null;
    let value = keyTexts.get(node);
    if (value === void 0) keyTexts.set(node, value = getScalarValue(text, event));
    return value;
  };
  const deref2 = (node) => {
    for (let hops = 0; node >= 0 && events[node].type === EVENT_ID.ALIAS; hops++) {
      if (hops >= 10) return -1;
      const event = events[node];
      node = anchors.get(text.slice(event.anchorStart, event.anchorEnd)) ?? -1;
    }
    return node;
  };
  const children = (collection) => {
    const out = [];
    for (let child = collection + 1; child < close[collection]; child = close[child] + 1) out.push(child);
    return out;
  };
  const pairs = (map) => {
    const all = children(map);
    const out = [];
    for (let i = 0; i + 1 < all.length; i += 2) out.push([all[i], all[i + 1]]);
    return out;
  };
  const findPair2 = (map, key, depth = 0) => {
    const list = pairs(map);
    const own = key === "<<" ? void 0 : list.find(([k]) => scalarText(k) === key);
    if (own || depth > 10) return own;
    for (const [, value] of list.filter(([k]) => scalarText(k) === "<<")) {
      const target = deref2(value);
      for (const source of kind(target) === EVENT_ID.SEQUENCE ? children(target) : [value]) {
        const merged = deref2(source);
        const found = kind(merged) === EVENT_ID.MAPPING ? findPair2(merged, key, depth + 1) : void 0;
        if (found) return found;
      }
    }
    return void 0;
  };
  return {
    span(document, path) {
      const root = roots[document] ?? -1;
      if (root < 0) return { line: 1, endLine: 1 };
      let node = root;
      let offset = start[root];
      let complete = true;
      for (const segment of path) {
        node = deref2(node);
        const item = kind(node) === EVENT_ID.SEQUENCE && typeof segment === "number" ? children(node)[segment] : void 0;
        if (kind(node) === EVENT_ID.MAPPING && typeof segment === "string") {
          const pair = findPair2(node, segment);
          if (!pair) {
            complete = false;
            break;
          }
          [offset, node] = [start[pair[0]], pair[1]];
        } else if (item !== void 0) {
          node = item;
          offset = start[node];
        } else {
          complete = false;
          break;
        }
      }
      const line = lineAt(offset);
      return { line, endLine: complete && node >= 0 ? Math.max(line, lineAt(Math.max(start[node], end[node] - 1))) : line };
    }
  };
}
function closingBracket(text, from) {
  let at = from;
  while (at < text.length && isSpaceOrComma(text, at)) at++;
  return text[at] === "]" || text[at] === "}" ? at + 1 : from;
}
function isSpaceOrComma(text, at) {
  const c = text.charCodeAt(at);
  return c === 32 || c === 10 || c === 44 || c === 9 || c === 13 || /\s/.test(text[at]);
}
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function lineOfOffset(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

// src/core/deferred-deps.ts
import { createRequire } from "node:module";
var yaml = null;
var ajv = null;
function yamlLibrary() {
  return yaml ??= typeof __require === "function" ? require_dist() : createRequire(import.meta.url)("yaml");
}
function ajvLibrary() {
  return ajv ??= typeof __require === "function" ? require_ajv() : createRequire(import.meta.url)("ajv");
}

// src/kubernetes/read-recover.ts
var OPTIONS = {
  version: "1.1",
  merge: true,
  uniqueKeys: true,
  customTags: (tags) => tags.filter((t) => t.tag !== "tag:yaml.org,2002:timestamp")
};
var MAX_ALIAS_COUNT = 100;
function readRecovering(text) {
  const { LineCounter, parseAllDocuments } = yamlLibrary();
  const lineCounter = new LineCounter();
  const lineAt = (offset) => lineCounter.linePos(Math.max(0, offset)).line;
  let documents;
  try {
    const parsed = parseAllDocuments(text, { ...OPTIONS, lineCounter });
    documents = Array.isArray(parsed) ? parsed : [];
  } catch (error) {
    return [{ value: void 0, span: () => ({ line: 1, endLine: 1 }), problem: { line: 1, message: `cannot parse YAML: ${firstLine(error)}` } }];
  }
  return documents.map((doc) => {
    const root = doc.contents;
    const span = (path) => spanOf(doc, root, path, text, lineAt);
    const start = lineAt(root?.range?.[0] ?? doc.range[0]);
    const error = doc.errors[0];
    const problem3 = error && { line: error.linePos?.[0].line ?? start, message: `invalid YAML: ${firstLine(error)}` };
    if (error && doc.errors.some((e) => e.code !== "DUPLICATE_KEY")) return { value: void 0, span, problem: problem3 };
    try {
      return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), span, ...problem3 ? { problem: problem3 } : {} };
    } catch (error2) {
      const message = error2 instanceof ReferenceError ? "YAML aliases expand too far (an alias bomb?)" : `cannot read YAML: ${firstLine(error2)}`;
      return { value: void 0, span, problem: { line: start, message } };
    }
  });
}
function spanOf(doc, root, path, text, lineAt) {
  if (!root) return { line: 1, endLine: 1 };
  const { isMap, isSeq } = yamlLibrary();
  let node = root;
  let offset = root.range?.[0] ?? 0;
  let complete = true;
  for (const segment of path) {
    node = deref(doc, node);
    if (isMap(node) && typeof segment === "string") {
      const pair = findPair(doc, node.items, segment, 0);
      if (!pair) {
        complete = false;
        break;
      }
      offset = pair.key?.range?.[0] ?? offset;
      node = pair.value ?? null;
    } else if (isSeq(node) && typeof segment === "number" && node.items[segment]) {
      node = node.items[segment];
      offset = node.range?.[0] ?? offset;
    } else {
      complete = false;
      break;
    }
  }
  const line = lineAt(offset);
  const range = complete && node?.range;
  return { line, endLine: range ? Math.max(line, lineAt(lastCharacter(text, range[0], range[1]))) : line };
}
function findPair(doc, pairs, key, depth) {
  const { isMap, isScalar, isSeq } = yamlLibrary();
  const own = [...pairs].reverse().find((p) => isScalar(p.key) && String(p.key.value) === key && !isMergeKey(p));
  if (own || depth > 10) return own ?? null;
  for (const merge of pairs.filter(isMergeKey)) {
    const sources = isSeq(merge.value) ? merge.value.items : [merge.value];
    for (const source of sources) {
      const target = deref(doc, source);
      const found = isMap(target) ? findPair(doc, target.items, key, depth + 1) : null;
      if (found) return found;
    }
  }
  return null;
}
function isMergeKey(pair) {
  const { isScalar } = yamlLibrary();
  return isScalar(pair.key) && (pair.key.source === "<<" || pair.key.value === "<<" || typeof pair.key.value === "symbol");
}
function deref(doc, node) {
  const { isAlias } = yamlLibrary();
  let current = node;
  for (let hops = 0; current && isAlias(current) && hops < 10; hops++) current = current.resolve(doc) ?? null;
  return current && isAlias(current) ? null : current;
}
function lastCharacter(text, start, end) {
  let at = Math.min(end, text.length) - 1;
  while (at > start && /\s/.test(text[at])) at--;
  return Math.max(start, at);
}
function firstLine(error) {
  const message = error?.message ?? String(error);
  if (/Maximum call stack size exceeded/.test(message)) return "nested too deeply to read";
  return (message.split("\n")[0] ?? message).replace(/\s+at line \d+, column \d+:?$/, "").trim();
}

// src/kubernetes/parse.ts
var HAS_API_VERSION = /^[ \t{,]*["']?apiVersion["']?[ \t]*:/m;
var HAS_KIND = /^[ \t{,]*["']?kind["']?[ \t]*:/m;
var looksLikeManifest = (text) => HAS_API_VERSION.test(text) && HAS_KIND.test(text);
function parseManifests(file, text, values) {
  return manifestsFrom(file, text, values ? withPositions(text, values) : readFast(text) ?? readRecovering(text));
}
function manifestsFrom(file, text, documents) {
  const objects = [];
  const problems = [];
  const mayHaveAliases = text.includes("*");
  documents.forEach((doc, index) => {
    if (doc.problem) problems.push(doc.problem);
    if (doc.value === void 0) return;
    if (mayHaveAliases && !withinExpansionBudget(doc.value, Math.max(1e5, text.length))) {
      problems.push({ line: doc.span([]).line, message: "YAML aliases expand too far (an alias bomb?) or refer to themselves; the document is not checked" });
      return;
    }
    const value = doc.value;
    if (!isObject(value)) return;
    if (typeof value.kind === "string" && value.kind.endsWith("List") && Array.isArray(value.items)) {
      value.items.forEach((item, i) => {
        if (isManifestValue(item)) objects.push(makeObject(file, index, doc, item, ["items", i]));
      });
    } else if (isManifestValue(value)) {
      objects.push(makeObject(file, index, doc, value, []));
    }
  });
  const isManifest = objects.length > 0 || problems.length > 0 && looksLikeManifest(text);
  return { file, objects, problems, isManifest };
}
function makeObject(file, document, doc, value, base) {
  const metadata = isObject(value.metadata) ? value.metadata : {};
  let span = null;
  const own = () => span ??= doc.span(base);
  return {
    file,
    document,
    apiVersion: value.apiVersion,
    kind: value.kind,
    name: typeof metadata.name === "string" ? metadata.name : null,
    namespace: typeof metadata.namespace === "string" ? metadata.namespace : null,
    value,
    get line() {
      return own().line;
    },
    get endLine() {
      return own().endLine;
    },
    lineOf: (path) => doc.span([...base, ...path]).line
  };
}
function relocated(object, file, renderedFrom, line, endLine, lineOf) {
  return {
    file,
    document: object.document,
    apiVersion: object.apiVersion,
    kind: object.kind,
    name: object.name,
    namespace: object.namespace,
    value: object.value,
    get line() {
      return line();
    },
    get endLine() {
      return endLine();
    },
    lineOf,
    renderedFrom
  };
}
function withinExpansionBudget(value, budget) {
  const stack = [value];
  let seen = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    if (++seen > budget) return false;
    if (Array.isArray(node)) for (const item of node) stack.push(item);
    else if (isObject(node)) for (const key in node) stack.push(node[key]);
  }
  return true;
}
var TOOL_CONFIG_GROUPS = /^(?:kustomize\.config\.k8s\.io|skaffold|kpt\.dev|fn\.kpt\.dev|kind\.x-k8s\.io|ctlptl\.dev|k3d\.io|eksctl\.io|kubeadm\.k8s\.io|audit\.k8s\.io|[a-z0-9.-]+\.config\.k8s\.io)\//;
function isManifestValue(value) {
  return isObject(value) && typeof value.apiVersion === "string" && typeof value.kind === "string" && value.apiVersion !== "" && value.kind !== "" && !TOOL_CONFIG_GROUPS.test(value.apiVersion) && !isKubeconfig(value);
}
function isKubeconfig(value) {
  return value.kind === "Config" && value.apiVersion === "v1";
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/data/pod-spec-paths.json
var pod_spec_paths_default = {
  $comment: "Where each pod-bearing kind keeps its pod spec and the pod template's metadata; `groups` are the API groups the kind is built in under ('' is the core group). Read by src/kubernetes/pods.ts.",
  kinds: {
    Pod: { groups: [""], spec: ["spec"], metadata: ["metadata"] },
    PodTemplate: { groups: [""], spec: ["template", "spec"], metadata: ["template", "metadata"] },
    ReplicationController: { groups: [""], spec: ["spec", "template", "spec"], metadata: ["spec", "template", "metadata"] },
    Deployment: { groups: ["apps", "extensions"], spec: ["spec", "template", "spec"], metadata: ["spec", "template", "metadata"] },
    StatefulSet: { groups: ["apps"], spec: ["spec", "template", "spec"], metadata: ["spec", "template", "metadata"] },
    DaemonSet: { groups: ["apps", "extensions"], spec: ["spec", "template", "spec"], metadata: ["spec", "template", "metadata"] },
    ReplicaSet: { groups: ["apps", "extensions"], spec: ["spec", "template", "spec"], metadata: ["spec", "template", "metadata"] },
    Job: { groups: ["batch"], spec: ["spec", "template", "spec"], metadata: ["spec", "template", "metadata"] },
    CronJob: { groups: ["batch"], spec: ["spec", "jobTemplate", "spec", "template", "spec"], metadata: ["spec", "jobTemplate", "spec", "template", "metadata"] }
  }
};

// src/kubernetes/pods.ts
var KINDS = pod_spec_paths_default.kinds;
function valueAt(root, path) {
  let current = root;
  for (const segment of path) {
    if (typeof segment === "number" ? !Array.isArray(current) : !isObject(current)) return void 0;
    current = current[segment];
  }
  return current;
}
function apiGroup(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
var podSpecs = /* @__PURE__ */ new WeakMap();
function podSpecOf(object) {
  let pod = podSpecs.get(object);
  if (pod === void 0) podSpecs.set(object, pod = readPodSpec(object));
  return pod;
}
function readPodSpec(object) {
  const paths = KINDS[object.kind];
  if (!paths || !paths.groups.includes(apiGroup(object.apiVersion))) return null;
  const spec = valueAt(object.value, paths.spec);
  if (!isObject(spec)) return null;
  const pod = { object, path: paths.spec, metadataPath: paths.metadata, spec, containers: [] };
  const lists = [["initContainers", true, false], ["containers", false, false], ["ephemeralContainers", false, true]];
  for (const [field, init, ephemeral] of lists) {
    const list = spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((value, index) => {
      if (!isObject(value)) return;
      const name = typeof value.name === "string" ? value.name : `#${index + 1}`;
      pod.containers.push({ object, path: [...paths.spec, field, index], value, name, init, ephemeral });
    });
  }
  return pod;
}
function appContainers(pod) {
  return pod.containers.filter((c) => !c.init && !c.ephemeral);
}
function podMetadata(pod) {
  const metadata = valueAt(pod.object.value, pod.metadataPath);
  return isObject(metadata) ? metadata : {};
}
function annotationsOf(metadata) {
  const annotations = isObject(metadata) ? metadata.annotations : void 0;
  if (!isObject(annotations)) return {};
  const out = {};
  for (const [key, value] of Object.entries(annotations)) {
    if (typeof value === "string") out[key] = value;
    else if (typeof value === "boolean" || typeof value === "number") out[key] = String(value);
  }
  return out;
}
function labelsOf2(metadata) {
  const labels = isObject(metadata) ? metadata.labels : void 0;
  if (!isObject(labels)) return {};
  const out = {};
  for (const [key, value] of Object.entries(labels)) if (value !== null && value !== void 0) out[key] = String(value);
  return out;
}

// src/kubernetes/queries.ts
var CLUSTER_SCOPED = new Set(kubernetes_cluster_scoped_default.kinds);
var CUSTOM_CLUSTER_SCOPED = new Map(Object.entries(kubernetes_cluster_scoped_default.customKinds).map(([group, kinds]) => [group, new Set(kinds)]));
function subject(object) {
  return object.name ? `${object.kind} ${object.name}` : object.kind;
}
function containerLabel(container) {
  const kind = container.init ? "init container" : container.ephemeral ? "ephemeral container" : "container";
  return `${kind} "${container.name}"`;
}
function isClusterScoped(kind, apiVersion = "") {
  if (CLUSTER_SCOPED.has(kind) || /^Cluster[A-Z]/.test(kind)) return true;
  const custom = CUSTOM_CLUSTER_SCOPED.get(apiGroup(apiVersion));
  return !!custom && (custom.has(kind) || custom.has("*"));
}
function runningContainers(pod) {
  return pod.containers.filter((c) => !c.ephemeral);
}
function isSidecar(container) {
  return container.init && container.value.restartPolicy === "Always";
}
function runsToCompletion(pod) {
  if (pod.object.kind === "Job" || pod.object.kind === "CronJob") return true;
  return pod.object.kind === "Pod" && (pod.spec.restartPolicy === "Never" || pod.spec.restartPolicy === "OnFailure");
}
function isWindowsPod(pod) {
  const os = valueAt(pod.spec, ["os", "name"]);
  const selector = valueAt(pod.spec, ["nodeSelector", "kubernetes.io/os"]);
  return os === "windows" || selector === "windows";
}
function securitySetting(container, pod, field) {
  const own = valueAt(container.value, ["securityContext", field]);
  if (own !== void 0 && own !== null) return { value: own, path: [...container.path, "securityContext", field], level: "container" };
  const podLevel = valueAt(pod.spec, ["securityContext", field]);
  if (podLevel !== void 0 && podLevel !== null) return { value: podLevel, path: [...pod.path, "securityContext", field], level: "pod" };
  return null;
}
function securityContextLine(container, field) {
  return container.object.lineOf([...container.path, "securityContext", ...field ? [field] : []]);
}
function isTemplated(text) {
  return /\{\{|\$\{|\$\(|<%|^\$[A-Za-z_]/.test(text);
}
function containerImage(container) {
  const image = container.value.image;
  if (typeof image !== "string" || image.trim() === "" || isTemplated(image)) return null;
  const { tag, digest } = splitImageRef(image.trim());
  return { image: image.trim(), tag, digest };
}
function entries(value) {
  return Array.isArray(value) ? value.flatMap((item, index) => isObject(item) ? [{ item, index }] : []) : [];
}
function isTrue(value) {
  return value === true || value === "true";
}

// src/rules/kubernetes/bare-pod.ts
var bare_pod_default = kubernetesRule({
  meta: {
    id: "bare-pod",
    aliases: [],
    severity: "warning",
    category: "reliability",
    title: "Pod not managed by a controller",
    docs: {
      why: "A bare Pod is not rescheduled when its node fails or is drained, and cannot be rolled out, scaled or rolled back: one eviction and the workload is gone.",
      fix: "Wrap the pod spec in a Deployment (or a StatefulSet, DaemonSet, or a Job for run-to-completion work).",
      bad: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27",
      good: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27"
    }
  },
  check({ object, pod }) {
    if (object.kind !== "Pod" || !pod) return [];
    const owners = object.value.metadata?.ownerReferences;
    if (Array.isArray(owners) && owners.length > 0) return [];
    return [{ line: object.lineOf(["kind"]), message: `${subject(object)} is a bare Pod: nothing recreates it when its node goes away; use a Deployment (or a Job for one-off work)` }];
  }
});

// src/data/kubernetes-capabilities.json
var kubernetes_capabilities_default = {
  $comment: "Linux capabilities that break container isolation when added (read by capabilities-not-dropped). Names without the CAP_ prefix; `ALL` adds every one of them. Sources: the Pod Security Standards' baseline list (anything beyond it is not allowed; so CHOWN, DAC_OVERRIDE, SETUID \u2026 which it allows, are not here), kube-linter, polaris' dangerousCapabilities/insecureCapabilities, Trivy KSV005/KSV022.",
  dangerous: {
    ALL: "every capability, i.e. root's full power over the node",
    SYS_ADMIN: "near-root control of the node (mounts, namespaces, BPF\u2026)",
    NET_ADMIN: "control of the node's network stack",
    NET_RAW: "raw sockets, enough to spoof traffic inside the cluster",
    SYS_PTRACE: "tracing other processes and reading their memory",
    SYS_MODULE: "loading kernel modules",
    SYS_RAWIO: "raw access to devices and I/O ports",
    SYS_BOOT: "rebooting the node",
    SYS_TIME: "setting the node's clock",
    DAC_READ_SEARCH: "reading any file on mounted filesystems (the shocker escape)",
    BPF: "loading BPF programs into the kernel",
    PERFMON: "kernel performance monitoring (a side channel)",
    MAC_ADMIN: "changing the node's mandatory access control",
    MAC_OVERRIDE: "overriding mandatory access control",
    SYSLOG: "reading and clearing the kernel log"
  }
};

// src/rules/kubernetes/capabilities-not-dropped.ts
var DANGEROUS = new Map(Object.entries(kubernetes_capabilities_default.dangerous));
var normal = (cap) => String(cap).trim().toUpperCase().replace(/^CAP_/, "");
var capabilities_not_dropped_default = kubernetesRule({
  meta: {
    id: "capabilities-not-dropped",
    aliases: ["drop-net-raw-capability", "dangerousCapabilities", "insecureCapabilities", "CKV_K8S_25", "CKV_K8S_28", "CKV_K8S_37", "CKV_K8S_39", "KSV003", "KSV005", "KSV022"],
    severity: "warning",
    category: "security",
    title: "Container keeps default capabilities or adds dangerous ones",
    docs: {
      why: "Containers start with a dozen Linux capabilities they rarely need (NET_RAW lets them spoof packets inside the cluster); adding SYS_ADMIN, NET_ADMIN, SYS_PTRACE and the like hands over most of the node.",
      fix: "Drop everything and add back only what the process needs: `capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}`.",
      bad: "securityContext:\n  capabilities:\n    add: [SYS_ADMIN]",
      good: "securityContext:\n  capabilities:\n    drop: [ALL]"
    }
  },
  check({ object, pod }) {
    if (!pod || isWindowsPod(pod)) return [];
    return runningContainers(pod).flatMap((c) => {
      const hits = [];
      const drop = valueAt(c.value, ["securityContext", "capabilities", "drop"]);
      if (!Array.isArray(drop) || !drop.some((cap) => normal(cap) === "ALL")) {
        const line = Array.isArray(drop) ? object.lineOf([...c.path, "securityContext", "capabilities", "drop"]) : securityContextLine(c, "capabilities");
        hits.push({ line, message: `${containerLabel(c)} of ${subject(object)} does not drop ALL capabilities, so it keeps the runtime's defaults (NET_RAW among them)` });
      }
      const add = valueAt(c.value, ["securityContext", "capabilities", "add"]);
      const dangerous = Array.isArray(add) ? add.map(normal).filter((cap) => DANGEROUS.has(cap)) : [];
      if (dangerous.length > 0) {
        const what = dangerous.map((cap) => `${cap} (${DANGEROUS.get(cap)})`).join(", ");
        hits.push({ line: object.lineOf([...c.path, "securityContext", "capabilities", "add"]), message: `${containerLabel(c)} of ${subject(object)} adds ${what}`, severity: "error" });
      }
      return hits;
    });
  }
});

// src/kubernetes/image-links.ts
import { basename as basename2, dirname } from "node:path/posix";
function repository(image) {
  const { registry, name } = splitImageRef(image.trim());
  const full = registry && registry !== "docker.io" && registry !== "index.docker.io" ? `${registry}/${name}` : name;
  return full.replace(/^library\//, "").toLowerCase();
}
function samePath2(dockerfile, configured) {
  const want = configured.replace(/^\.\//, "");
  return dockerfile === want || dockerfile.endsWith(`/${want}`);
}
var indexes = /* @__PURE__ */ new WeakMap();
function nameIndex(dockerfiles) {
  let entry = indexes.get(dockerfiles);
  if (!entry || entry.size !== dockerfiles.length) {
    const byName = /* @__PURE__ */ new Map();
    const add = (name, d) => {
      const set = byName.get(name) ?? /* @__PURE__ */ new Set();
      set.add(d);
      byName.set(name, set);
    };
    for (const d of dockerfiles) {
      const file = basename2(d.file).toLowerCase();
      add(basename2(dirname(d.file)).toLowerCase(), d);
      if (file.endsWith(".dockerfile")) add(file.slice(0, -".dockerfile".length), d);
      if (file.startsWith("dockerfile.")) add(file.slice("dockerfile.".length), d);
    }
    indexes.set(dockerfiles, entry = { size: dockerfiles.length, byName });
  }
  return entry.byName;
}
function linkDockerfile(image, dockerfiles, mapping) {
  if (dockerfiles.length === 0 || image.trim() === "") return null;
  const repo = repository(image);
  if (isObject(mapping)) {
    for (const [key, path] of Object.entries(mapping)) {
      if (typeof path !== "string" || repository(key) !== repo) continue;
      return dockerfiles.find((d) => samePath2(d.file, path)) ?? null;
    }
  }
  const name = repo.split("/").pop() ?? "";
  if (!name) return null;
  const matches = [...nameIndex(dockerfiles).get(name) ?? []];
  return matches.length === 1 ? matches[0] : null;
}
function imageUser(model) {
  const stage = model.finalStage;
  if (!stage) return { kind: "unknown" };
  const found = lastUser(model, stage);
  if (!found) {
    const chainBase = stageChain(model, stage)[0];
    const inherited = baseImageUser(chainBase.from);
    return inherited ? { kind: "numeric", user: inherited, line: chainBase.fromInstruction.line } : { kind: "none" };
  }
  const { text, unresolved } = substitute(found.user, variablesBefore(model, stage));
  if (unresolved) return { kind: "unknown" };
  const user = text.split(":")[0];
  const line = found.instruction.line;
  if (isRootUser(text)) return { kind: "root", user: text, line };
  return /^\d+$/.test(user) ? { kind: "numeric", user: text, line } : { kind: "name", user: text, line };
}
function exposedPorts(model) {
  const result = { ports: /* @__PURE__ */ new Set(), unresolved: false };
  const stage = model.finalStage;
  if (!stage) return { ...result, unresolved: true };
  const values = variablesBefore(model, stage);
  for (const s of stageChain(model, stage)) {
    for (const instruction of s.instructions) {
      if (instruction.keyword !== "EXPOSE") continue;
      for (const word of instruction.words) {
        const { text, unresolved } = substitute(word, values);
        const match = /^(\d+)(?:-(\d+))?(?:\/\w+)?$/.exec(text.trim());
        if (unresolved || !match) {
          result.unresolved = true;
          continue;
        }
        const from = Number(match[1]);
        const to = match[2] ? Math.min(Number(match[2]), from + 1e4) : from;
        for (let port = from; port <= to; port++) result.ports.add(port);
      }
    }
  }
  return result;
}

// src/rules/kubernetes/container-port-not-exposed.ts
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var HANDLERS = ["httpGet", "tcpSocket", "grpc"];
var container_port_not_exposed_default = kubernetesProjectRule({
  meta: {
    id: "container-port-not-exposed",
    aliases: [],
    severity: "warning",
    category: "reliability",
    title: "containerPort or probe port the image's Dockerfile does not EXPOSE",
    docs: {
      why: "When the Dockerfile says the app listens on 3000 (`EXPOSE 3000`) and the manifest sends traffic or probes to 8080, one of them is wrong, and the usual result is a pod that fails its probes and restarts forever. Checked only when the Dockerfile EXPOSEs something (ARG and ENV values resolved), and the image is tied to it through the `images` option or by name.",
      fix: "Make the containerPort and probe ports equal to the port the app listens on, and EXPOSE that port in the Dockerfile.",
      bad: "# web/Dockerfile\nEXPOSE 3000\n# deployment.yaml\nports:\n  - containerPort: 8080",
      good: "# web/Dockerfile\nEXPOSE 3000\n# deployment.yaml\nports:\n  - containerPort: 3000"
    }
  },
  check({ objects, dockerfiles }, options) {
    const hits = [];
    if (dockerfiles.length === 0) return hits;
    for (const object of objects) {
      const pod = podSpecOf(object);
      if (!pod) continue;
      for (const container of runningContainers(pod)) {
        const image = containerImage(container);
        const linked = image && linkDockerfile(image.image, dockerfiles, options.images);
        if (!linked) continue;
        const exposed = exposedPorts(linked.model);
        if (exposed.unresolved || exposed.ports.size === 0) continue;
        const listed = [...exposed.ports].sort((a, b) => a - b).slice(0, 10).join(", ");
        const report = (port, path, what) => {
          if (exposed.ports.has(port)) return;
          hits.push({
            object,
            line: object.lineOf(path),
            message: `${containerLabel(container)} of ${subject(object)} ${what} ${port}, but ${linked.file} (which builds ${image.image}) EXPOSEs only ${listed}: one of them is wrong`
          });
        };
        for (const { item, index } of entries(container.value.ports)) {
          if (typeof item.containerPort === "number") report(item.containerPort, [...container.path, "ports", index, "containerPort"], "declares containerPort");
        }
        for (const probe of PROBES) {
          for (const handler of HANDLERS) {
            const port = valueAt(container.value, [probe, handler, "port"]);
            if (typeof port === "number") report(port, [...container.path, probe, handler, "port"], `probes (${probe}) port`);
          }
        }
      }
    }
    return hits;
  }
});

// src/rules/kubernetes/deprecated-api-version.ts
var deprecated_api_version_default = kubernetesRule({
  meta: {
    id: "deprecated-api-version",
    aliases: [],
    severity: "warning",
    category: "maintainability",
    title: "API version deprecated in the target Kubernetes release",
    docs: {
      why: "A deprecated apiVersion still works but is scheduled for removal; upgrading the cluster past that release breaks the deployment. Option `kubernetes-version` (or `--kubernetes-version`) sets the release to check against; once it reaches the removal release, `removed-api-version` reports the object instead.",
      fix: "Move the object to the replacement apiVersion named in the message before the cluster is upgraded.",
      bad: "apiVersion: autoscaling/v2beta2   # with kubernetes-version: 1.24\nkind: HorizontalPodAutoscaler",
      good: "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler"
    }
  },
  check({ object }, options) {
    const entry = apiVersionEntry(object.apiVersion, object.kind);
    const target = targetVersion(options);
    if (!entry?.deprecatedIn || !atLeast(target, entry.deprecatedIn)) return [];
    if (entry.removedIn && atLeast(target, entry.removedIn)) return [];
    const removal = entry.removedIn ? `, and removed in ${entry.removedIn}` : "";
    return [{
      line: object.lineOf(["apiVersion"]),
      message: `${object.apiVersion} ${object.kind} is deprecated since Kubernetes ${entry.deprecatedIn}${removal}: ${replacementAdvice(entry, target)}`
    }];
  }
});

// src/rules/kubernetes/duplicate-container-port.ts
var duplicate_container_port_default = kubernetesRule({
  meta: {
    id: "duplicate-container-port",
    aliases: [],
    severity: "error",
    category: "reliability",
    title: "Two containers of a pod declare the same port",
    docs: {
      why: "Containers of a pod share one network namespace: only one of them can bind a given port, and the other fails to start or crash-loops. The same port declared twice in one container is a copy-paste slip that hides which one is meant.",
      fix: "Give each container its own containerPort (and fix the app's listen address to match).",
      bad: "containers:\n  - name: web\n    ports: [{containerPort: 8080}]\n  - name: metrics\n    ports: [{containerPort: 8080}]",
      good: "containers:\n  - name: web\n    ports: [{containerPort: 8080}]\n  - name: metrics\n    ports: [{containerPort: 9090}]"
    }
  },
  check({ object, pod }) {
    if (!pod) return [];
    const live = pod.containers.filter((c) => !c.ephemeral && (!c.init || isSidecar(c)));
    const seen = /* @__PURE__ */ new Map();
    const hits = [];
    for (const container of live) {
      for (const { item, index } of entries(container.value.ports)) {
        const port = Number(item.containerPort);
        if (!Number.isInteger(port) || port <= 0) continue;
        const protocol = typeof item.protocol === "string" ? item.protocol.toUpperCase() : "TCP";
        const key = `${port}/${protocol}`;
        const line = object.lineOf([...container.path, "ports", index, "containerPort"]);
        const first = seen.get(key);
        if (first) hits.push({ line, message: `${containerLabel(container)} of ${subject(object)} declares containerPort ${key}, already declared by ${first.label} at line ${first.line}` });
        else seen.set(key, { label: containerLabel(container), line });
      }
    }
    return hits;
  }
});

// src/rules/kubernetes/host-namespaces.ts
var NAMESPACES = [
  ["hostNetwork", "the node's network: it can bind node ports and reach services listening on localhost"],
  ["hostPID", "the node's processes: it can see, signal and trace them"],
  ["hostIPC", "the node's shared memory and IPC"]
];
var host_namespaces_default = kubernetesRule({
  meta: {
    id: "host-namespaces",
    aliases: ["host-network", "host-pid", "host-ipc", "hostNetworkSet", "hostPIDSet", "hostIPCSet", "CKV_K8S_17", "CKV_K8S_18", "CKV_K8S_19", "KSV008", "KSV009", "KSV010"],
    severity: "error",
    category: "security",
    title: "Pod shares the node's network, PID or IPC namespace",
    docs: {
      why: "hostNetwork, hostPID and hostIPC remove the isolation between the pod and the node: the pod sees the node's interfaces, processes or shared memory, and so do attackers who reach it.",
      fix: "Remove the setting; expose the app through a Service, and leave node-level agents to the platform team.",
      bad: "spec:\n  hostNetwork: true",
      good: "spec:\n  hostNetwork: false"
    }
  },
  check({ object, pod }) {
    if (!pod) return [];
    return NAMESPACES.filter(([field]) => isTrue(pod.spec[field])).map(([field, what]) => ({
      line: object.lineOf([...pod.path, field]),
      message: `${subject(object)} sets ${field}: true, sharing ${what}`
    }));
  }
});

// src/rules/kubernetes/host-path-volume.ts
var RUNTIME_SOCKET = /(?:^|\/)(?:docker|containerd|crio|cri-dockerd|podman)\.sock$|^\/var\/run\/docker$|^\/run\/containerd\/?$/;
var host_path_volume_default = kubernetesRule({
  meta: {
    id: "host-path-volume",
    aliases: ["sensitive-host-mounts", "docker-sock", "writable-host-mount", "CKV_K8S_27", "KSV006", "KSV023", "KSV121"],
    severity: "warning",
    category: "security",
    title: "Pod mounts a directory of the node",
    docs: {
      why: "A hostPath volume reaches outside the container onto the node's filesystem: the pod depends on what that node has, and can read or change it. The container runtime's socket (docker.sock) or `/` hands over the whole node.",
      fix: "Use an emptyDir, a ConfigMap/Secret, or a PersistentVolumeClaim instead. If a node agent truly needs it, mount the narrowest path read-only.",
      bad: "volumes:\n  - name: docker\n    hostPath:\n      path: /var/run/docker.sock",
      good: "volumes:\n  - name: cache\n    emptyDir: {}"
    }
  },
  check({ object, pod }) {
    if (!pod) return [];
    return entries(pod.spec.volumes).flatMap(({ item, index }) => {
      const hostPath = item.hostPath;
      if (!hostPath || typeof hostPath !== "object") return [];
      const path = typeof hostPath.path === "string" ? hostPath.path.trim() : "";
      const line = object.lineOf([...pod.path, "volumes", index, "hostPath", "path"]);
      const name = typeof item.name === "string" ? `volume "${item.name}"` : "a volume";
      if (RUNTIME_SOCKET.test(path)) {
        return [{ line, severity: "error", message: `${subject(object)} mounts the container runtime's socket ${path} (${name}): whoever runs in the pod controls every container on the node` }];
      }
      if (path.replace(/\/+$/, "") === "") {
        return [{ line, severity: "error", message: `${subject(object)} mounts the node's root filesystem / (${name}): the pod can read and change everything on the node` }];
      }
      return [{ line, message: `${subject(object)} mounts ${path || "a node directory"} from the node (${name}); prefer an emptyDir, ConfigMap or PersistentVolumeClaim` }];
    });
  }
});

// src/kubernetes/references.ts
function sameNamespace(a, b) {
  return a.namespace === null || b.namespace === null || a.namespace === b.namespace;
}
function podTemplates(objects) {
  const out = [];
  for (const object of objects) {
    const pod = podSpecOf(object);
    if (pod) out.push({ object, pod, labels: labelsOf2(podMetadata(pod)) });
  }
  return out;
}
function matchesMap(selector, labels) {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}
function matchesLabelSelector(selector, labels) {
  if (!isObject(selector)) return false;
  if (isObject(selector.matchLabels) && !matchesMap(stringMap(selector.matchLabels), labels)) return false;
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions.filter(isObject) : [];
  return expressions.every((expression) => {
    const key = String(expression.key ?? "");
    const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
    switch (expression.operator) {
      case "In":
        return key in labels && values.includes(labels[key]);
      case "NotIn":
        return !(key in labels) || !values.includes(labels[key]);
      case "Exists":
        return key in labels;
      case "DoesNotExist":
        return !(key in labels);
      default:
        return false;
    }
  });
}
function stringMap(value) {
  const out = {};
  if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== void 0 && typeof v !== "object") out[k] = String(v);
  }
  return out;
}
function selectorText(selector) {
  return Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(", ");
}
function isCustomResource(object) {
  const group = apiGroup(object.apiVersion);
  return group !== "" && !group.endsWith(".k8s.io") && !BUILTIN_GROUPS.has(group);
}
var BUILTIN_GROUPS = /* @__PURE__ */ new Set(["apps", "batch", "autoscaling", "policy", "extensions"]);
function operatorMayProvide(objects, near, matches) {
  return objects.find((o) => isCustomResource(o) && sameNamespace(o, near) && matches(labelsOf2(o.value.metadata)));
}
function containerPortNames(pod) {
  const names = /* @__PURE__ */ new Set();
  for (const container of pod.containers.filter((c) => !c.ephemeral)) for (const port of portsOf(container)) if (typeof port.name === "string") names.add(port.name);
  return names;
}
function portsOf(container) {
  return Array.isArray(container.value.ports) ? container.value.ports.filter(isObject) : [];
}
function findNamed(objects, kinds, name, near) {
  return objects.filter((o) => kinds.includes(o.kind) && o.name === name && sameNamespace(o, near));
}

// src/rules/kubernetes/hpa-missing-target.ts
var SCALABLE = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"]);
var hpa_missing_target_default = kubernetesProjectRule({
  meta: {
    id: "hpa-missing-target",
    aliases: ["dangling-horizontalpodautoscaler", "horizontalpodautoscaler-has-target"],
    severity: "warning",
    category: "reliability",
    title: "HorizontalPodAutoscaler scales a workload that is not in the repository",
    docs: {
      why: "An HPA whose scaleTargetRef names no existing workload scales nothing: the workload it was meant for runs at a fixed replica count under load. Often a rename of the Deployment that missed the HPA.",
      fix: "Make `scaleTargetRef` name the kind and name of the Deployment or StatefulSet it should scale.",
      bad: "scaleTargetRef:\n  apiVersion: apps/v1\n  kind: Deployment\n  name: web-v1",
      good: "scaleTargetRef:\n  apiVersion: apps/v1\n  kind: Deployment\n  name: web"
    }
  },
  check({ objects }) {
    const hits = [];
    for (const hpa of objects) {
      if (hpa.kind !== "HorizontalPodAutoscaler" || apiGroup(hpa.apiVersion) !== "autoscaling") continue;
      const ref = isObject(hpa.value.spec) ? hpa.value.spec.scaleTargetRef : void 0;
      if (!isObject(ref) || typeof ref.kind !== "string" || typeof ref.name !== "string") continue;
      if (findNamed(objects, [ref.kind], ref.name, hpa).length > 0) continue;
      const sameName = objects.filter((o) => o.name === ref.name && o !== hpa && (SCALABLE.has(o.kind) || isObject(o.value.spec) && "replicas" in o.value.spec));
      const scalable = sameName.find((o) => SCALABLE.has(o.kind)) ?? sameName[0];
      const hint = scalable ? ` (there is ${/^[AEIOU]/.test(scalable.kind) ? "an" : "a"} ${scalable.kind} of that name: is the kind wrong?)` : "";
      hits.push({
        object: hpa,
        line: hpa.lineOf(["spec", "scaleTargetRef", "name"]),
        message: `HorizontalPodAutoscaler ${hpa.name ?? ""} scales ${ref.kind} ${ref.name}, which is not defined${hpa.namespace ? ` in namespace ${hpa.namespace}` : ""} in any manifest of the run${hint}`
      });
    }
    return hits;
  }
});

// src/rules/kubernetes/image-tag-latest.ts
var image_tag_latest_default2 = kubernetesRule({
  meta: {
    id: "image-tag-latest",
    aliases: ["latest-tag", "container-image-tag", "CKV_K8S_14", "KSV013"],
    severity: "warning",
    category: "reliability",
    title: "Container image pinned to :latest",
    docs: {
      why: "`:latest` moves: nodes that pull at different times run different code, `imagePullPolicy` defaults to Always for it, and a rollback redeploys the same moving tag.",
      fix: "Name a version tag (and for full reproducibility a digest). A digest next to `:latest` is accepted, since it pins the image.",
      bad: "containers:\n  - name: web\n    image: ghcr.io/acme/web:latest",
      good: "containers:\n  - name: web\n    image: ghcr.io/acme/web:1.4.2"
    }
  },
  check({ object, pod }) {
    if (!pod) return [];
    return runningContainers(pod).flatMap((container) => {
      const image = containerImage(container);
      if (!image || image.digest || image.tag?.toLowerCase() !== "latest") return [];
      return [{ line: object.lineOf([...container.path, "image"]), message: `${containerLabel(container)} of ${subject(object)} uses ${image.image}, a moving tag; pin a version (and digest)` }];
    });
  }
});

// src/rules/kubernetes/image-tag-missing.ts
var image_tag_missing_default2 = kubernetesRule({
  meta: {
    id: "image-tag-missing",
    // kube-linter latest-tag, kube-score container-image-tag, CKV_K8S_14 and KSV013 cover this too; they are aliases of
    // image-tag-latest, and src/data/kubernetes-ignore-aliases.json lets their ignore annotations silence both.
    aliases: ["tagNotSpecified"],
    severity: "warning",
    category: "reliability",
    title: "Container image has no tag",
    docs: {
      why: "An image without a tag means `:latest`: each node pulls whatever was pushed last, so replicas of one Deployment can run different code and a rollback does not roll anything back.",
      fix: "Name a version tag, and for full reproducibility a digest: `image: ghcr.io/acme/web:1.4.2@sha256:\u2026`.",
      bad: "containers:\n  - name: web\n    image: ghcr.io/acme/web",
      good: "containers:\n  - name: web\n    image: ghcr.io/acme/web:1.4.2"
    }
  },
  check({ object, pod }) {
    if (!pod) return [];
    return runningContainers(pod).flatMap((container) => {
      const image = containerImage(container);
      if (!image || image.tag || image.digest) return [];
      return [{ line: object.lineOf([...container.path, "image"]), message: `${containerLabel(container)} of ${subject(object)} uses ${image.image} with no tag, i.e. whatever :latest is when the node pulls; pin a version` }];
    });
  }
});

// src/rules/kubernetes/ingress-missing-service.ts
var ingress_missing_service_default = kubernetesProjectRule({
  meta: {
    id: "ingress-missing-service",
    aliases: ["dangling-ingress", "ingress-targets-service"],
    severity: "warning",
    category: "reliability",
    title: "Ingress routes to a Service (or Service port) that is not in the repository",
    docs: {
      why: "An Ingress backend naming a Service that does not exist, or a port that Service does not have, answers 503 for its paths. Every manifest of the run is searched, not only one directory.",
      fix: "Name an existing Service and one of its ports (by `number` or by the Service port's `name`), or add the Service.",
      bad: "backend:\n  service:\n    name: web-svc\n    port: {number: 8080}",
      good: "backend:\n  service:\n    name: web\n    port: {number: 80}"
    }
  },
  check({ objects }) {
    const hits = [];
    for (const ingress of objects) {
      if (ingress.kind !== "Ingress" || !["networking.k8s.io", "extensions"].includes(apiGroup(ingress.apiVersion))) continue;
      for (const path of backendPaths(ingress)) hits.push(...checkBackend(objects, ingress, path));
    }
    return hits;
  }
});
function backendPaths(ingress) {
  const paths = [];
  for (const key of ["defaultBackend", "backend"]) if (isObject(valueAt(ingress.value, ["spec", key]))) paths.push(["spec", key]);
  const rules = valueAt(ingress.value, ["spec", "rules"]);
  if (Array.isArray(rules)) {
    rules.forEach((rule, r) => {
      const httpPaths = valueAt(rule, ["http", "paths"]);
      if (Array.isArray(httpPaths)) httpPaths.forEach((p, i) => isObject(valueAt(p, ["backend"])) && paths.push(["spec", "rules", r, "http", "paths", i, "backend"]));
    });
  }
  return paths;
}
function checkBackend(objects, ingress, path) {
  const backend = valueAt(ingress.value, path);
  const v1 = isObject(backend.service);
  const namePath = v1 ? [...path, "service", "name"] : [...path, "serviceName"];
  const name = valueAt(ingress.value, namePath);
  if (typeof name !== "string" || name === "") return [];
  const services = findNamed(objects, ["Service"], name, ingress);
  if (services.length === 0) {
    return [{ object: ingress, line: ingress.lineOf(namePath), message: `Ingress ${ingress.name ?? ""} routes to Service ${name}, which is not defined${ingress.namespace ? ` in namespace ${ingress.namespace}` : ""} in any manifest of the run, so these paths answer 503` }];
  }
  const portPath = v1 ? [...path, "service", "port"] : [...path, "servicePort"];
  const port = valueAt(ingress.value, portPath);
  const wanted = isObject(port) ? port.name ?? port.number : port;
  if (wanted === void 0 || wanted === null || wanted === "") return [];
  const servicePorts = services.flatMap((s) => {
    const ports = valueAt(s.value, ["spec", "ports"]);
    return Array.isArray(ports) ? ports.filter(isObject) : [];
  });
  const byNumber = typeof wanted === "number" || /^\d+$/.test(String(wanted));
  const found = servicePorts.some((p) => byNumber ? Number(p.port) === Number(wanted) : p.name === wanted);
  if (found) return [];
  const offered = servicePorts.map((p) => p.name ? `${String(p.name)} (${String(p.port)})` : String(p.port)).join(", ") || "none";
  const at = isObject(port) ? [...portPath, port.name !== void 0 ? "name" : "number"] : portPath;
  return [{ object: ingress, line: ingress.lineOf(at), message: `Ingress ${ingress.name ?? ""} routes to port ${String(wanted)} of Service ${name}, which has no such port (it has: ${offered})` }];
}

// src/rules/kubernetes/missing-config-reference.ts
var missing_config_reference_default = kubernetesProjectRule({
  meta: {
    id: "missing-config-reference",
    aliases: [],
    severity: "info",
    category: "reliability",
    title: "Pod references a ConfigMap or Secret that is not in the repository",
    docs: {
      why: "A pod whose env, envFrom or volume needs a ConfigMap or Secret that does not exist never starts (CreateContainerConfigError, or stuck ContainerCreating). Many Secrets are created outside git (sealed, external, by hand), so this is information: check the name is right and that something creates it. References marked `optional: true` are skipped.",
      fix: "Fix the name, add the ConfigMap/Secret (or its SealedSecret/ExternalSecret) to the repository, or mark the reference `optional: true` when the pod can run without it.",
      bad: "envFrom:\n  - configMapRef: {name: web-confg}",
      good: "envFrom:\n  - configMapRef: {name: web-config}"
    }
  },
  check({ objects }) {
    const provided = providers(objects);
    const hits = [];
    for (const object of objects) {
      const pod = podSpecOf(object);
      if (!pod) continue;
      for (const ref of references2(pod.spec, pod.path)) {
        if ((provided.get(`${ref.kind}/${ref.name}`) ?? []).some((p) => sameNamespace(p, object))) continue;
        hits.push({
          object,
          line: object.lineOf(ref.path),
          message: `${object.kind} ${object.name ?? ""} needs ${ref.kind} ${ref.name}, which no manifest of the run defines${object.namespace ? ` in namespace ${object.namespace}` : ""}; the pod will not start unless it is created elsewhere`
        });
      }
    }
    return hits;
  }
});
function providers(objects) {
  const map = /* @__PURE__ */ new Map();
  const add = (kind, name, object) => {
    if (typeof name !== "string") return;
    map.set(`${kind}/${name}`, [...map.get(`${kind}/${name}`) ?? [], object]);
  };
  for (const object of objects) {
    if ((object.kind === "ConfigMap" || object.kind === "Secret") && object.apiVersion === "v1") add(object.kind, object.name, object);
    else if (object.kind === "SealedSecret") add("Secret", valueAt(object.value, ["spec", "template", "metadata", "name"]) ?? object.name, object);
    else if (object.kind === "ExternalSecret") add("Secret", valueAt(object.value, ["spec", "target", "name"]) ?? object.name, object);
  }
  return map;
}
function references2(spec, base) {
  const refs = [];
  const add = (kind, holder, key, path) => {
    if (!isObject(holder) || holder.optional === true || typeof holder[key] !== "string") return;
    refs.push({ kind, name: holder[key], path: [...base, ...path, key] });
  };
  for (const list of ["initContainers", "containers"]) {
    const containers = Array.isArray(spec[list]) ? spec[list] : [];
    containers.forEach((container, c) => {
      if (!isObject(container)) return;
      const env = Array.isArray(container.env) ? container.env : [];
      env.forEach((item, e) => {
        const from = valueAt(item, ["valueFrom"]);
        if (!isObject(from)) return;
        add("ConfigMap", from.configMapKeyRef, "name", [list, c, "env", e, "valueFrom", "configMapKeyRef"]);
        add("Secret", from.secretKeyRef, "name", [list, c, "env", e, "valueFrom", "secretKeyRef"]);
      });
      const envFrom = Array.isArray(container.envFrom) ? container.envFrom : [];
      envFrom.forEach((item, e) => {
        if (!isObject(item)) return;
        add("ConfigMap", item.configMapRef, "name", [list, c, "envFrom", e, "configMapRef"]);
        add("Secret", item.secretRef, "name", [list, c, "envFrom", e, "secretRef"]);
      });
    });
  }
  const volumes = Array.isArray(spec.volumes) ? spec.volumes : [];
  volumes.forEach((volume, v) => {
    if (!isObject(volume)) return;
    add("ConfigMap", volume.configMap, "name", ["volumes", v, "configMap"]);
    add("Secret", volume.secret, "secretName", ["volumes", v, "secret"]);
    const sources = valueAt(volume, ["projected", "sources"]);
    if (Array.isArray(sources)) {
      sources.forEach((source, s) => {
        if (!isObject(source)) return;
        add("ConfigMap", source.configMap, "name", ["volumes", v, "projected", "sources", s, "configMap"]);
        add("Secret", source.secret, "name", ["volumes", v, "projected", "sources", s, "secret"]);
      });
    }
  });
  return refs;
}

// src/kubernetes/processes.ts
function multipleProcesses(argv) {
  const queue = [{ command: { argv: withoutInitShim(argv), line: 1, next: null, redirects: [] }, depth: 0 }];
  while (queue.length > 0) {
    const { command, depth } = queue.shift();
    const why = extraProcesses(command);
    if (why) return why;
    const script = depth < 3 ? shellScriptOf({ ...command, argv: withoutInitShim(command.argv) }) : null;
    if (script !== null) for (const inner of splitCommands(plainScript(script, 1))) queue.push({ command: inner, depth: depth + 1 });
  }
  return null;
}

// src/rules/kubernetes/multiple-processes.ts
var strings = (value) => Array.isArray(value) ? value.map((v) => String(v)) : null;
var multiple_processes_default2 = kubernetesRule({
  meta: {
    id: "multiple-processes",
    aliases: [],
    severity: "warning",
    category: "reliability",
    title: "Container command starts several processes",
    docs: {
      why: "Kubernetes watches one process per container: it restarts the container when PID 1 exits, and probes and logs it as one thing. A supervisor or a process backgrounded with `&` can die unnoticed, miss SIGTERM, and mixes its logs with the app's.",
      fix: "Run one process per container and put helpers in their own containers of the same pod (sidecars). tini and dumb-init as PID 1 are fine.",
      bad: 'command: ["sh", "-c", "nginx & php-fpm -F"]',
      good: 'containers:\n  - name: nginx\n    command: ["nginx", "-g", "daemon off;"]\n  - name: php\n    command: ["php-fpm", "-F"]'
    }
  },
  check({ object, pod }) {
    if (!pod) return [];
    return runningContainers(pod).flatMap((container) => {
      const command = strings(container.value.command);
      const args = strings(container.value.args);
      if (!command) return [];
      const why = multipleProcesses([...command, ...args ?? []]);
      if (!why) return [];
      const field = args && multipleProcesses(command) === null && command.length <= 2 ? "args" : "command";
      return [{ line: object.lineOf([...container.path, field]), message: `${containerLabel(container)} of ${subject(object)} ${why}: run one process per container (tini or dumb-init are fine as PID 1)` }];
    });
  }
});

// src/rules/kubernetes/namespace-missing.ts
var namespace_missing_default = kubernetesRule({
  meta: {
    id: "namespace-missing",
    aliases: ["use-namespace", "CKV_K8S_21", "KSV110"],
    severity: "warning",
    category: "maintainability",
    title: "Object has no namespace or uses default",
    docs: {
      why: "Without `metadata.namespace` the object lands in whatever namespace the applying context points at \u2014 often `default`, where quotas, network policies and RBAC for the app do not apply and names collide. Turn the rule off (`namespace-missing: {enabled: false}`) when kustomize or Helm set the namespace.",
      fix: "Set `metadata.namespace` to the application's own namespace.",
      bad: "metadata:\n  name: web",
      good: "metadata:\n  name: web\n  namespace: shop"
    }
  },
  check({ object }) {
    if (isClusterScoped(object.kind, object.apiVersion)) return [];
    if (object.namespace === "default") {
      return [{ line: object.lineOf(["metadata", "namespace"]), message: `${subject(object)} is in the default namespace; give the application a namespace of its own` }];
    }
    if (object.namespace !== null && object.namespace.trim() !== "") return [];
    return [{ line: object.lineOf(["metadata", "namespace"]), message: `${subject(object)} sets no metadata.namespace, so it lands wherever kubectl's context points (often default)` }];
  }
});

// src/rules/kubernetes/namespace-without-quota.ts
var namespace_without_quota_default = kubernetesProjectRule({
  meta: {
    id: "namespace-without-quota",
    aliases: [],
    severity: "info",
    category: "reliability",
    title: "Namespace has no ResourceQuota or LimitRange",
    docs: {
      why: "Without a ResourceQuota (or at least a LimitRange) one runaway workload in the namespace can claim the cluster's CPU, memory or object count and starve everything else. Checked over every manifest of the repository, wherever the quota lives.",
      fix: "Add a ResourceQuota for the namespace (and a LimitRange to give containers default requests and limits).",
      bad: "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop",
      good: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\napiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: shop\n  namespace: shop\nspec:\n  hard: {requests.cpu: "8", requests.memory: 16Gi}'
    }
  },
  check({ objects }) {
    const covered = new Set(objects.filter((o) => o.kind === "ResourceQuota" || o.kind === "LimitRange").map((o) => o.namespace ?? ""));
    const hits = [];
    for (const object of objects) {
      if (object.kind !== "Namespace" || object.apiVersion !== "v1" || !object.name || covered.has(object.name)) continue;
      hits.push({ object, line: object.lineOf(["metadata", "name"]), message: `Namespace ${object.name} has no ResourceQuota or LimitRange in the repository; one workload can starve the others` });
    }
    return hits;
  }
});

// src/rules/kubernetes/pdb-selects-nothing.ts
var pdb_selects_nothing_default = kubernetesProjectRule({
  meta: {
    id: "pdb-selects-nothing",
    aliases: [],
    severity: "warning",
    category: "reliability",
    title: "PodDisruptionBudget selects no pods",
    docs: {
      why: "A PodDisruptionBudget whose selector matches no pod template protects nothing: a node drain evicts every replica at once, which is what the budget was written to prevent.",
      fix: "Make `spec.selector` match the labels of the pod template of the workload it protects.",
      bad: "kind: PodDisruptionBudget\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels: {app: web-server}",
      good: "kind: PodDisruptionBudget\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels: {app: web}"
    }
  },
  check({ objects }) {
    const templates = podTemplates(objects);
    const hits = [];
    for (const pdb of objects) {
      if (pdb.kind !== "PodDisruptionBudget" || apiGroup(pdb.apiVersion) !== "policy" || !isObject(pdb.value.spec)) continue;
      const selector = pdb.value.spec.selector;
      if (!isObject(selector)) {
        hits.push({ object: pdb, line: pdb.lineOf(["spec"]), message: `PodDisruptionBudget ${pdb.name ?? ""} has no selector, so it protects no pods` });
        continue;
      }
      const matches = (labels) => matchesLabelSelector(selector, labels);
      if (templates.some((t) => sameNamespace(t.object, pdb) && matches(t.labels))) continue;
      if (operatorMayProvide(objects, pdb, matches)) continue;
      hits.push({
        object: pdb,
        line: pdb.lineOf(["spec", "selector"]),
        message: `PodDisruptionBudget ${pdb.name ?? ""} selects no pod template${pdb.namespace ? ` in namespace ${pdb.namespace}` : ""} of the run, so it protects nothing during node drains`
      });
    }
    return hits;
  }
});

// src/rules/kubernetes/plaintext-secret.ts
var ENCRYPTED = /^ENC\[/;
var plaintext_secret_default = kubernetesRule({
  meta: {
    id: "plaintext-secret",
    aliases: [],
    severity: "error",
    category: "security",
    title: "Secret committed with its values",
    docs: {
      why: "A Secret's `data` is only base64, which anyone can decode; committed to git, the credential is in every clone and in the history for good. Messages name the keys, never the values.",
      fix: "Keep the manifest out of git and create the Secret at deploy time, or commit it encrypted: a SealedSecret, an ExternalSecret that reads a vault, or a SOPS-encrypted file. Rotate the values that were committed.",
      bad: "kind: Secret\nmetadata:\n  name: db\nstringData:\n  password: hunter2",
      good: "kind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK\u2026"
    }
  },
  check({ object }) {
    if (object.kind !== "Secret" || object.apiVersion !== "v1" || isObject(object.value.sops)) return [];
    return ["data", "stringData"].flatMap((field) => {
      const values = object.value[field];
      if (!isObject(values)) return [];
      const keys = Object.entries(values).filter(([, v]) => v !== null && v !== void 0 && String(v).trim() !== "" && !ENCRYPTED.test(String(v))).map(([k]) => k);
      if (keys.length === 0) return [];
      const shown = keys.length > 5 ? `${keys.slice(0, 5).join(", ")} and ${keys.length - 5} more` : keys.join(", ");
      const encoding = field === "data" ? "only base64-encoded" : "in plain text";
      return [{
        line: object.lineOf([field]),
        message: `${subject(object)} commits ${keys.length === 1 ? "key" : "keys"} ${shown} ${encoding}; use a SealedSecret, an ExternalSecret or SOPS instead`
      }];
    });
  }
});

// src/rules/kubernetes/privilege-escalation-allowed.ts
var privilege_escalation_allowed_default = kubernetesRule({
  meta: {
    id: "privilege-escalation-allowed",
    aliases: ["privilege-escalation-container", "privilegeEscalationAllowed", "CKV_K8S_20", "KSV001"],
    severity: "warning",
    category: "security",
    title: "Container allows privilege escalation",
    docs: {
      why: "Unless `allowPrivilegeEscalation` is false, a process can gain more privileges than its parent through setuid binaries (`sudo`, `su`, a planted setuid shell); the default is to allow it.",
      fix: "Set `securityContext.allowPrivilegeEscalation: false` on every container.",
      bad: "securityContext:\n  runAsNonRoot: true",
      good: "securityContext:\n  runAsNonRoot: true\n  allowPrivilegeEscalation: false"
    }
  },
  check({ object, pod }) {
    if (!pod || isWindowsPod(pod)) return [];
    return runningContainers(pod).flatMap((c) => {
      const value = valueAt(c.value, ["securityContext", "allowPrivilegeEscalation"]);
      if (value === false || value === "false") return [];
      const explicit = value !== void 0 && value !== null;
      return [{
        line: securityContextLine(c, "allowPrivilegeEscalation"),
        message: explicit ? `${containerLabel(c)} of ${subject(object)} sets allowPrivilegeEscalation: true; set it to false` : `${containerLabel(c)} of ${subject(object)} does not set allowPrivilegeEscalation: false, so setuid binaries can gain privileges`
      }];
    });
  }
});

// src/rules/kubernetes/privileged-container.ts
var privileged_container_default = kubernetesRule({
  meta: {
    id: "privileged-container",
    aliases: ["container-security-context-privileged", "runAsPrivileged", "CKV_K8S_16", "KSV017"],
    severity: "error",
    category: "security",
    title: "Container runs privileged",
    docs: {
      why: "A privileged container has every capability and all host devices; it is root on the node in all but name, and escaping it is trivial.",
      fix: "Remove `privileged: true`; grant the one capability the workload needs (`capabilities.add`) instead, or move the work to a node-level agent maintained by the platform team.",
      bad: "securityContext:\n  privileged: true",
      good: "securityContext:\n  privileged: false\n  capabilities:\n    drop: [ALL]"
    }
  },
  check({ object, pod }) {
    if (!pod) return [];
    return runningContainers(pod).filter((c) => isTrue(valueAt(c.value, ["securityContext", "privileged"]))).map((c) => ({ line: object.lineOf([...c.path, "securityContext", "privileged"]), message: `${containerLabel(c)} of ${subject(object)} runs privileged: full access to the node's devices and kernel` }));
  }
});

// src/rules/kubernetes/probes-missing.ts
var probes_missing_default = kubernetesRule({
  meta: {
    id: "probes-missing",
    aliases: ["no-liveness-probe", "no-readiness-probe", "pod-probes", "readinessProbeMissing", "livenessProbeMissing", "CKV_K8S_8", "CKV_K8S_9"],
    severity: "warning",
    category: "reliability",
    title: "Long-running container lacks a readiness or liveness probe",
    docs: {
      why: 'Without a readiness probe a Service sends traffic to the pod before it can answer and during shutdown; without a liveness probe a hung process stays "Running" forever. Jobs, CronJobs, run-once Pods and init containers are not checked.',
      fix: "Add a `readinessProbe` (can it take traffic?) and a `livenessProbe` (is it stuck?), usually HTTP checks on a health endpoint, the liveness one more lenient.",
      bad: "containers:\n  - name: web\n    image: nginx:1.27",
      good: "containers:\n  - name: web\n    image: nginx:1.27\n    readinessProbe:\n      httpGet: {path: /ready, port: 8080}\n    livenessProbe:\n      httpGet: {path: /healthz, port: 8080}"
    }
  },
  check({ object, pod }) {
    if (!pod || runsToCompletion(pod)) return [];
    return appContainers(pod).flatMap((container) => {
      const missing = ["readinessProbe", "livenessProbe"].filter((p) => container.value[p] == null);
      if (missing.length === 0) return [];
      return [{ line: object.lineOf(container.path), message: `${containerLabel(container)} of ${subject(object)} has no ${missing.join(" or ")}` }];
    });
  }
});

// src/rules/kubernetes/recommended-labels-missing.ts
var NAME_LABELS = ["app.kubernetes.io/name", "app"];
var VERSION_LABELS = ["app.kubernetes.io/version", "version"];
var recommended_labels_missing_default = kubernetesRule({
  meta: {
    id: "recommended-labels-missing",
    aliases: [],
    severity: "info",
    category: "maintainability",
    title: "Workload lacks a name or version label",
    docs: {
      why: "Dashboards, `kubectl get -l`, cost reports and incident tooling group pods by their name and version labels; without them a pod is hard to attribute, and a rollout cannot be told apart from the one before.",
      fix: "Label the workload and its pod template with `app.kubernetes.io/name` and `app.kubernetes.io/version` (`app` and `version` also count).",
      bad: "metadata:\n  name: web\n  labels:\n    tier: frontend",
      good: 'metadata:\n  name: web\n  labels:\n    app.kubernetes.io/name: web\n    app.kubernetes.io/version: "1.4.2"'
    }
  },
  check({ object, pod }) {
    if (!pod) return [];
    const places = [{ path: ["metadata"], what: subject(object) }];
    if (pod.metadataPath.length > 1) places.push({ path: pod.metadataPath, what: `the pod template of ${subject(object)}` });
    return places.flatMap(({ path, what }) => {
      const labels = labelsOf2(valueAt(object.value, path));
      const missing = [
        NAME_LABELS.some((l) => labels[l]) ? null : "a name label (app.kubernetes.io/name or app)",
        VERSION_LABELS.some((l) => labels[l]) ? null : "a version label (app.kubernetes.io/version or version)"
      ].filter((m) => m !== null);
      if (missing.length === 0) return [];
      return [{ line: object.lineOf([...path, "labels"]), message: `${what} lacks ${missing.join(" and ")}` }];
    });
  }
});

// src/rules/kubernetes/removed-api-version.ts
var removed_api_version_default = kubernetesRule({
  meta: {
    id: "removed-api-version",
    // kube-linter's check covers the extensions/v1beta1 family only; pluto reports the rest without ids.
    aliases: ["no-extensions-v1beta"],
    severity: "error",
    category: "reliability",
    title: "API version removed from the target Kubernetes release",
    docs: {
      why: "The API server no longer serves this apiVersion, so `kubectl apply` fails and the object is never created. Option `kubernetes-version` (or `--kubernetes-version`) sets the release to check against; the default is a current one.",
      fix: "Move the object to the replacement apiVersion named in the message, and adapt the fields that changed with it (e.g. Ingress v1 backends, required Deployment selectors).",
      bad: "apiVersion: extensions/v1beta1\nkind: Ingress",
      good: "apiVersion: networking.k8s.io/v1\nkind: Ingress"
    }
  },
  check({ object }, options) {
    const entry = apiVersionEntry(object.apiVersion, object.kind);
    const target = targetVersion(options);
    if (!entry?.removedIn || !atLeast(target, entry.removedIn)) return [];
    const since = entry.deprecatedIn ? ` (deprecated since ${entry.deprecatedIn})` : "";
    return [{
      line: object.lineOf(["apiVersion"]),
      message: `${object.apiVersion} ${object.kind} was removed in Kubernetes ${entry.removedIn}${since} and is not served by ${target.join(".")}: ${replacementAdvice(entry, target)}`
    }];
  }
});

// src/rules/kubernetes/resources-missing.ts
var REQUIRED = [
  [["requests", "cpu"], "CPU request"],
  [["requests", "memory"], "memory request"],
  [["limits", "memory"], "memory limit"]
];
var resources_missing_default = kubernetesRule({
  meta: {
    id: "resources-missing",
    aliases: [
      "unset-cpu-requirements",
      "unset-memory-requirements",
      "container-resources",
      "cpuRequestsMissing",
      "memoryRequestsMissing",
      "memoryLimitsMissing",
      "CKV_K8S_10",
      "CKV_K8S_12",
      "CKV_K8S_13",
      "KSV015",
      "KSV016",
      "KSV018"
    ],
    severity: "warning",
    category: "reliability",
    title: "Container lacks CPU/memory requests or a memory limit",
    docs: {
      why: "The scheduler places pods by their requests: without them a node is overcommitted and the pod is the first evicted (BestEffort). Without a memory limit one leaking container can push the node into out-of-memory and take its neighbours down. A CPU limit is deliberately not required: it throttles even when the node is idle. A request left out defaults to the limit set for that resource, so `limits: {cpu, memory}` alone is complete.",
      fix: "Set `resources.requests.cpu`, `resources.requests.memory` and `resources.limits.memory` from observed usage.",
      bad: "containers:\n  - name: web\n    image: nginx:1.27",
      good: "containers:\n  - name: web\n    image: nginx:1.27\n    resources:\n      requests: {cpu: 100m, memory: 128Mi}\n      limits: {memory: 256Mi}"
    }
  },
  check({ object, pod }) {
    if (!pod) return [];
    return runningContainers(pod).flatMap((container) => {
      const resources = valueAt(container.value, ["resources"]);
      const set = (path) => {
        const value = valueAt(resources, path);
        return value !== void 0 && value !== null && value !== "";
      };
      const missing = REQUIRED.filter(([path]) => !set(path) && !(path[0] === "requests" && set(["limits", path[1]]))).map(([, what]) => what);
      if (missing.length === 0) return [];
      return [{ line: object.lineOf([...container.path, "resources"]), message: `${containerLabel(container)} of ${subject(object)} has no ${missing.join(", ")}` }];
    });
  }
});

// src/rules/kubernetes/root-user.ts
function uid(value) {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^\d+$/.test(value.trim())) return Number(value);
  return null;
}
var root_user_default2 = kubernetesRule({
  meta: {
    id: "root-user",
    aliases: ["run-as-non-root", "container-security-context-user-group-id", "runAsRootAllowed", "CKV_K8S_23", "KSV012", "KSV105"],
    severity: "error",
    category: "security",
    title: "Container may run as root",
    docs: {
      why: "Unless the pod says otherwise, a container runs as the image's USER, which is root for most images; root in a container is root on the node after any escape, and can write to every mounted volume.",
      fix: "Set `runAsNonRoot: true` and a non-zero `runAsUser` in the pod's (or container's) securityContext, and build the image with a numeric non-root USER.",
      bad: "spec:\n  containers:\n    - name: web\n      image: ghcr.io/acme/web:1.4.2",
      good: "spec:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n  containers:\n    - name: web\n      image: ghcr.io/acme/web:1.4.2"
    }
  },
  check({ object, pod }) {
    if (!pod || isWindowsPod(pod)) return [];
    const hits = [];
    const reported = /* @__PURE__ */ new Set();
    for (const container of runningContainers(pod)) {
      const user = securitySetting(container, pod, "runAsUser");
      const nonRoot = securitySetting(container, pod, "runAsNonRoot");
      if (user && uid(user.value) === 0) {
        const line = object.lineOf(user.path);
        if (!reported.has(line)) hits.push({ line, message: `${user.level === "pod" ? `The pod of ${subject(object)}` : `${containerLabel(container)} of ${subject(object)}`} sets runAsUser: 0, i.e. root` });
        reported.add(line);
        continue;
      }
      if (nonRoot?.value === true || user && (uid(user.value) ?? 0) > 0) continue;
      hits.push({ line: securityContextLine(container), message: `${containerLabel(container)} of ${subject(object)} sets neither runAsNonRoot: true nor a non-zero runAsUser, so it runs as the image's user (root for most images)` });
    }
    return hits;
  }
});

// src/rules/kubernetes/run-as-non-root-needs-numeric-user.ts
var run_as_non_root_needs_numeric_user_default = kubernetesProjectRule({
  meta: {
    id: "run-as-non-root-needs-numeric-user",
    aliases: [],
    severity: "error",
    category: "reliability",
    title: "runAsNonRoot with an image whose USER is root or a name: the pod will not start",
    docs: {
      why: "With `runAsNonRoot: true` and no `runAsUser`, the kubelet checks the image's USER before starting the container. Root (or no USER at all) is refused, and so is a user *name*, which the kubelet cannot verify: the pod sits in CreateContainerConfigError. The image is tied to its Dockerfile through the `images` option or by name (`ghcr.io/acme/web` \u2192 `web/Dockerfile`).",
      fix: "End the Dockerfile's final stage with a numeric non-root user (`USER 10001`, or `USER 10001:10001`), or set `runAsUser` in the securityContext.",
      bad: "# web/Dockerfile\nRUN useradd app\nUSER app\n# deployment.yaml\nsecurityContext:\n  runAsNonRoot: true",
      good: "# web/Dockerfile\nRUN useradd -u 10001 app\nUSER 10001\n# deployment.yaml\nsecurityContext:\n  runAsNonRoot: true"
    }
  },
  check({ objects, dockerfiles }, options) {
    const hits = [];
    if (dockerfiles.length === 0) return hits;
    for (const object of objects) {
      const pod = podSpecOf(object);
      if (!pod || isWindowsPod(pod)) continue;
      for (const container of runningContainers(pod)) {
        const nonRoot = securitySetting(container, pod, "runAsNonRoot");
        if (nonRoot?.value !== true || securitySetting(container, pod, "runAsUser")) continue;
        const image = containerImage(container);
        const linked = image && linkDockerfile(image.image, dockerfiles, options.images);
        if (!linked) continue;
        const user = imageUser(linked.model);
        const problem3 = user.kind === "none" ? "sets no USER, so it runs as root" : user.kind === "root" ? `ends with USER ${user.user} (line ${user.line})` : user.kind === "name" ? `ends with USER ${user.user} (line ${user.line}), a name the kubelet cannot verify is non-root` : null;
        if (!problem3) continue;
        hits.push({
          object,
          line: object.lineOf(nonRoot.path),
          message: `${containerLabel(container)} of ${subject(object)} requires runAsNonRoot, but its image ${image.image} (built by ${linked.file}) ${problem3}: the kubelet refuses to start it (CreateContainerConfigError). Use a numeric USER such as 10001 in the Dockerfile, or set runAsUser`
        });
      }
    }
    return hits;
  }
});

// src/kubernetes/crds.ts
function crdSchemas(objects) {
  const index = /* @__PURE__ */ new Map();
  for (const object of objects) {
    if (object.kind !== "CustomResourceDefinition" || !object.apiVersion.startsWith("apiextensions.k8s.io/")) continue;
    const spec = object.value.spec;
    if (!isObject(spec) || typeof spec.group !== "string" || !isObject(spec.names) || typeof spec.names.kind !== "string") continue;
    const kind = spec.names.kind;
    const shared = isObject(spec.validation) ? spec.validation.openAPIV3Schema : void 0;
    const versions = Array.isArray(spec.versions) ? spec.versions.filter(isObject) : [];
    if (versions.length === 0 && typeof spec.version === "string") versions.push({ name: spec.version });
    for (const version of versions) {
      if (typeof version.name !== "string") continue;
      const own = isObject(version.schema) ? version.schema.openAPIV3Schema : void 0;
      index.set(`${spec.group}/${version.name}/${kind}`, own ?? shared);
    }
  }
  return index;
}

// src/kubernetes/schema.ts
import { createHash } from "node:crypto";
import { createRequire as createRequire2 } from "node:module";

// src/kubernetes/schema-prune.ts
function pruneToInstances(lazySchema, values, materialize = (node) => node) {
  const schema = materialize(lazySchema);
  const out = { ...schema };
  const known = isObject(schema.properties) ? schema.properties : {};
  if (isObject(schema.properties)) {
    const properties = {};
    for (const [name, sub] of Object.entries(schema.properties)) {
      const children = values.flatMap((v) => isObject(v) && v[name] !== void 0 ? [v[name]] : []);
      properties[name] = children.length && isObject(sub) ? pruneToInstances(sub, children, materialize) : {};
    }
    out.properties = properties;
  }
  if (isObject(schema.additionalProperties)) {
    const children = values.flatMap((v) => isObject(v) ? Object.keys(v).filter((k) => !Object.hasOwn(known, k)).map((k) => v[k]) : []);
    out.additionalProperties = children.length ? pruneToInstances(schema.additionalProperties, children, materialize) : {};
  }
  if (isObject(schema.items)) {
    const children = values.flatMap((v) => Array.isArray(v) ? v : []);
    out.items = children.length ? pruneToInstances(schema.items, children, materialize) : {};
  }
  for (const junctor of ["anyOf", "oneOf", "allOf"]) {
    const branches = schema[junctor];
    if (Array.isArray(branches)) out[junctor] = branches.map((b) => isObject(b) ? pruneToInstances(b, values, materialize) : b);
  }
  if (isObject(schema.not)) out.not = pruneToInstances(schema.not, values, materialize);
  return out;
}

// src/kubernetes/ajv-options.ts
var AJV_OPTIONS = {
  allErrors: true,
  strict: false,
  validateFormats: false,
  verbose: true,
  inlineRefs: false,
  validateSchema: false,
  messages: false,
  code: { optimize: false }
};

// src/kubernetes/schema-errors.ts
function explain(errors, data) {
  const junctions = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf").map((e) => e.schemaPath + "/");
  const kept = errors.filter((e) => !junctions.some((prefix) => e.schemaPath.startsWith(prefix)));
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const misspelt = new Set(kept.filter((e) => e.keyword === "additionalProperties").map((e) => `${e.instancePath}\0${suggestion3(e) ?? ""}`));
  for (const error of kept) {
    if (error.keyword === "required" && misspelt.has(`${error.instancePath}\0${String(error.params.missingProperty)}`)) continue;
    const path = toFieldPath(error.instancePath, data);
    const problem3 = describe(error, path);
    if (!problem3) continue;
    const key = JSON.stringify(problem3.path) + problem3.message;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem3);
  }
  return problems;
}
function describe(error, path) {
  const where2 = pathText(path);
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      const guess = suggestion3(error);
      return {
        path: [...path, field],
        message: `unknown field \`${field}\` in ${where2}${guess ? ` (did you mean \`${guess}\`?)` : ""}; the API server rejects or drops it`
      };
    }
    case "required":
      return { path, message: `${where2} lacks the required field \`${String(params.missingProperty)}\`` };
    case "type":
      return { path, message: `${where2} must be ${article(String(params.type))}, not ${typeName(error.data)}` };
    case "enum":
      return { path, message: `${where2} must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` };
    case "oneOf":
    case "anyOf": {
      const types = (error.schema ?? []).map((s) => s.type).filter(Boolean);
      const expected = types.length ? types.map(article).join(" or ") : "a value of another shape";
      return { path, message: `${where2} must be ${expected}, not ${typeName(error.data)}` };
    }
    case "minItems":
      return { path, message: `${where2} must have at least ${String(params.limit)} item(s)` };
    case "maxItems":
      return { path, message: `${where2} must have at most ${String(params.limit)} item(s)` };
    case "minimum":
    case "maximum":
      return { path, message: `${where2} must be ${String(params.comparison)} ${String(params.limit)}` };
    default:
      return null;
  }
}
function suggestion3(error) {
  const known = Object.keys(error.parentSchema?.properties ?? {});
  return closest(String(error.params.additionalProperty), known);
}
function toFieldPath(pointer, data) {
  const path = [];
  let current = data;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      path.push(Number(segment));
      current = current[Number(segment)];
    } else {
      path.push(segment);
      current = isObject(current) ? current[segment] : void 0;
    }
  }
  return path;
}
function pathText(path) {
  if (path.length === 0) return "the object";
  return path.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
function article(type) {
  return { integer: "an integer", object: "a mapping", array: "a list", string: "a string", boolean: "a boolean (true or false)", number: "a number" }[type] ?? type;
}
function typeName(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "\u2026" : value)}`;
  if (typeof value === "number") return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}
function closest(field, known) {
  const lower = field.toLowerCase();
  const sameCase = known.find((k) => k.toLowerCase() === lower);
  if (sameCase) return sameCase;
  let best = null;
  let bestDistance = 3;
  for (const name of known) {
    const distance2 = editDistance(lower, name.toLowerCase());
    if (distance2 < bestDistance) [best, bestDistance] = [name, distance2];
  }
  return best;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

// src/kubernetes/schema.ts
var MAX_PROBLEMS_PER_OBJECT = 20;
var builtins = null;
function builtinValidators() {
  return builtins ??= typeof __require === "function" ? __require("./kubernetes-validators.cjs") : createRequire2(import.meta.url)("./builtin-validators.generated.cjs");
}
function schemasVersion() {
  return builtinValidators().kubernetesVersion;
}
function builtinValidator(apiVersion, kind) {
  const loaded = builtinValidators();
  const definition = loaded.kinds[`${apiVersion}/${kind}`];
  return definition ? loaded[definition] : null;
}
var crdAjv = null;
var crdValidators = /* @__PURE__ */ new Map();
function crdValidator(openAPIV3Schema, instances) {
  const cacheable = typeof openAPIV3Schema === "object" && openAPIV3Schema !== null;
  const known = cacheable ? bySchemaObject.get(openAPIV3Schema) : void 0;
  if (known && known.instances === instances) return known.validate;
  const schema = instances ? pruneToInstances(convertCrdLevel(openAPIV3Schema, true, true, unconverted), instances, convertPlaceholder) : crdToJsonSchema(openAPIV3Schema, true, true);
  const validate = compileCrd(schema);
  if (cacheable) bySchemaObject.set(openAPIV3Schema, { instances, validate });
  return validate;
}
var bySchemaObject = /* @__PURE__ */ new WeakMap();
function compileCrd(schema) {
  const key = createHash("sha1").update(JSON.stringify(schema)).digest("hex");
  const cached = crdValidators.get(key);
  if (cached !== void 0) return cached;
  if (!crdAjv) crdAjv = newAjv();
  let validate;
  try {
    validate = crdAjv.compile(schema);
  } catch {
    validate = null;
  }
  if (crdValidators.size > 500) {
    crdValidators.clear();
    crdAjv = null;
  }
  crdValidators.set(key, validate);
  return validate;
}
function newAjv() {
  const { Ajv } = ajvLibrary();
  return new Ajv(AJV_OPTIONS);
}
var KEPT = ["type", "enum", "required", "minItems", "maxItems", "minimum", "maximum"];
function crdToJsonSchema(node, close, root = false) {
  return convertCrdLevel(node, close, root, (child, childClose) => crdToJsonSchema(child, childClose));
}
function convertCrdLevel(node, close, root, child) {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return {};
  const source = node;
  const out = {};
  for (const key of KEPT) if (source[key] !== void 0) out[key] = source[key];
  if (source["x-kubernetes-int-or-string"] === true) {
    delete out.type;
    out.anyOf = [{ type: "integer" }, { type: "string" }];
  }
  const properties = isObject(source.properties) ? { ...source.properties } : null;
  const embedded = root || source["x-kubernetes-embedded-resource"] === true;
  if (properties || embedded) {
    const props = {};
    for (const [name, schema] of Object.entries(properties ?? {})) props[name] = child(schema, close);
    if (embedded) {
      props.apiVersion ??= { type: "string" };
      props.kind ??= { type: "string" };
      props.metadata = { type: "object" };
    }
    out.properties = props;
  }
  if (isObject(source.additionalProperties)) out.additionalProperties = child(source.additionalProperties, close);
  else if (typeof source.additionalProperties === "boolean") out.additionalProperties = source.additionalProperties;
  else if (close && out.properties && source["x-kubernetes-preserve-unknown-fields"] !== true) out.additionalProperties = false;
  if (source.items !== void 0) out.items = child(source.items, close);
  for (const junctor of ["anyOf", "oneOf", "allOf"]) {
    if (Array.isArray(source[junctor])) out[junctor] = source[junctor].map((s) => child(s, false));
  }
  if (isObject(source.not)) out.not = child(source.not, false);
  return out;
}
var UnconvertedCrdSchema = class {
  constructor(source, close) {
    this.source = source;
    this.close = close;
  }
  source;
  close;
};
var unconverted = (node, close) => new UnconvertedCrdSchema(node, close);
var convertPlaceholder = (node) => node instanceof UnconvertedCrdSchema ? convertCrdLevel(node.source, node.close, false, unconverted) : node;
function validateUnless(validator, value, skip) {
  const data = withoutNulls(value, skip);
  if (data === SKIPPED) return null;
  const validate = validator();
  return validate ? problemsOf(validate, data) : null;
}
function problemsOf(validate, data) {
  if (validate(data)) return [];
  return explain(validate.errors ?? [], data).slice(0, MAX_PROBLEMS_PER_OBJECT);
}
function withoutNulls(value, skip, depth = 0) {
  if (Array.isArray(value)) {
    let copy2 = null;
    for (let i = 0; i < value.length; i++) {
      const item = withoutNulls(value[i], skip, depth + 1);
      if (item === SKIPPED) return SKIPPED;
      if (item !== value[i]) (copy2 ??= value.slice())[i] = item;
    }
    return copy2 ?? value;
  }
  if (!isObject(value)) return value;
  const lookAtKeys = skip !== void 0 && depth <= MAX_SKIP_DEPTH;
  let copy = null;
  for (const key in value) {
    if (lookAtKeys && skip(key)) return SKIPPED;
    const item = value[key];
    if (item === null || item === void 0) {
      copy ??= { ...value };
      delete copy[key];
      continue;
    }
    const cleaned = withoutNulls(item, skip, depth + 1);
    if (cleaned === SKIPPED) return SKIPPED;
    if (cleaned !== item) (copy ??= { ...value })[key] = cleaned;
  }
  return copy ?? value;
}
var SKIPPED = /* @__PURE__ */ Symbol("skipped");
var MAX_SKIP_DEPTH = 64;

// src/rules/kubernetes/schema-invalid.ts
var schema_invalid_default = kubernetesProjectRule({
  meta: {
    id: "schema-invalid",
    // kubeconform and kubeval are whole tools for this, without check ids; kube-score and kube-linter have none.
    aliases: [],
    severity: "error",
    category: "reliability",
    title: "Manifest does not match the Kubernetes API schema",
    docs: {
      why: "The API server rejects an object with a wrong type or a missing required field, and a misspelt field (`containerport`) is rejected by `kubectl apply` or silently dropped, so the setting you wrote never takes effect. Built-in kinds are checked offline against the Kubernetes API schemas shipped with shipshape; custom resources against the CRD in the repository, when there is one.",
      fix: "Correct the field named in the message: its spelling (the message suggests the known field), its type (quote or unquote the value), or add the required field.",
      bad: "containers:\n  - name: web\n    image: nginx:1.27\n    ports:\n      - containerport: 80",
      good: "containers:\n  - name: web\n    image: nginx:1.27\n    ports:\n      - containerPort: 80"
    }
  },
  check({ objects }) {
    const crds = crdSchemas(objects);
    const instances = /* @__PURE__ */ new Map();
    for (const object of objects) {
      const key = `${object.apiVersion}/${object.kind}`;
      if (!crds.has(key)) continue;
      const list = instances.get(key) ?? [];
      list.push(object.value);
      instances.set(key, list);
    }
    const hits = [];
    for (const object of objects) {
      const key = `${object.apiVersion}/${object.kind}`;
      const builtin = builtinValidator(object.apiVersion, object.kind);
      const schema = builtin ? void 0 : crds.get(key);
      if (!builtin && schema === void 0) continue;
      const against = builtin ? `the Kubernetes ${schemasVersion()} schema` : `its CustomResourceDefinition`;
      const validator = () => builtin ?? crdValidator(schema, instances.get(key));
      for (const problem3 of validateUnless(validator, object.value, isPatchDirective) ?? []) {
        const subject2 = object.name ? `${object.kind} ${object.name}` : object.kind;
        hits.push({ object, line: object.lineOf(problem3.path), message: `${subject2}: ${problem3.message} (checked against ${against})` });
      }
    }
    return hits;
  }
});
var DIRECTIVE = /^\$(?:patch|setElementOrder\/|retainKeys|deleteFromPrimitiveList\/)/;
var isPatchDirective = (key) => key.charCodeAt(0) === 36 && DIRECTIVE.test(key);

// src/rules/kubernetes/seccomp-profile-missing.ts
var GOOD = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
var GOOD_ANNOTATION = /^(?:runtime\/default|docker\/default|localhost\/.+)$/;
var seccomp_profile_missing_default = kubernetesRule({
  meta: {
    id: "seccomp-profile-missing",
    aliases: ["container-seccomp-profile", "CKV_K8S_31", "KSV030", "KSV104"],
    severity: "warning",
    category: "security",
    title: "No seccomp profile",
    docs: {
      why: "Without a seccomp profile a container may call every one of the kernel's 300-odd system calls, including the rarely used ones most kernel exploits go through; Kubernetes runs pods Unconfined unless told otherwise.",
      fix: "Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a profile of your own).",
      bad: "spec:\n  containers:\n    - name: web\n      image: ghcr.io/acme/web:1.4.2",
      good: "spec:\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n  containers:\n    - name: web\n      image: ghcr.io/acme/web:1.4.2"
    }
  },
  check({ object, pod }) {
    if (!pod || isWindowsPod(pod)) return [];
    const annotations = annotationsOf(podMetadata(pod));
    const podType = valueAt(pod.spec, ["securityContext", "seccompProfile", "type"]);
    const podAnnotation = annotations["seccomp.security.alpha.kubernetes.io/pod"];
    const hits = [];
    if (podType === "Unconfined") hits.push({ line: object.lineOf([...pod.path, "securityContext", "seccompProfile", "type"]), message: `${subject(object)} sets seccompProfile Unconfined for the whole pod` });
    const podCovers = GOOD.has(String(podType)) || podType === void 0 && GOOD_ANNOTATION.test(podAnnotation ?? "");
    const uncovered = [];
    for (const container of runningContainers(pod)) {
      const type = valueAt(container.value, ["securityContext", "seccompProfile", "type"]);
      const annotation = annotations[`container.seccomp.security.alpha.kubernetes.io/${container.name}`];
      if (type === "Unconfined") hits.push({ line: object.lineOf([...container.path, "securityContext", "seccompProfile", "type"]), message: `${containerLabel(container)} of ${subject(object)} sets seccompProfile Unconfined` });
      else if (!GOOD.has(String(type)) && !GOOD_ANNOTATION.test(annotation ?? "") && !podCovers && podType !== "Unconfined") uncovered.push(container);
    }
    const running = runningContainers(pod);
    if (uncovered.length > 0 && uncovered.length === running.length) {
      hits.push({ line: object.lineOf([...pod.path, "securityContext"]), message: `${subject(object)} sets no seccompProfile, so its containers run Unconfined; set securityContext.seccompProfile.type: RuntimeDefault on the pod` });
    } else {
      for (const c of uncovered) hits.push({ line: object.lineOf([...c.path, "securityContext"]), message: `${containerLabel(c)} of ${subject(object)} sets no seccompProfile while others do` });
    }
    return hits;
  }
});

// src/rules/kubernetes/secret-in-env.ts
var KUBELET_REFERENCE = /^(?:\$\([A-Za-z_][A-Za-z0-9_]*\)\s*)+$/;
var secret_in_env_default = kubernetesRule({
  meta: {
    id: "secret-in-env",
    aliases: ["env-var-secret", "sensitiveContainerEnvVar"],
    severity: "error",
    category: "security",
    title: "Credential written into a container's env",
    docs: {
      why: "An env `value` is plain text in the repository, in `kubectl get -o yaml`, in every ReplicaSet revision and in the audit log; anyone who can read the Deployment has the credential. Values taken with `valueFrom`, and names ending `_FILE`, `_PATH` or `_URL`, are not flagged; messages name the variable, never its value.",
      fix: "Put the value in a Secret (created outside git, or with SealedSecrets, External Secrets or SOPS) and read it with `valueFrom.secretKeyRef`, or mount it as a file.",
      bad: "env:\n  - name: DATABASE_PASSWORD\n    value: hunter2",
      good: "env:\n  - name: DATABASE_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db, key: password}"
    }
  },
  check({ object, pod }) {
    if (!pod) return [];
    return runningContainers(pod).flatMap(
      (container) => entries(container.value.env).flatMap(({ item, index }) => {
        const { name, value } = item;
        if (typeof name !== "string" || value === void 0 || value === null || item.valueFrom != null) return [];
        const text = String(value);
        if (KUBELET_REFERENCE.test(text.trim())) return [];
        const verdict = assessCredential(name, text);
        if (!verdict) return [];
        const why = verdict.by === "value" ? `its value is ${verdict.what}` : `its name says ${verdict.what}`;
        return [{
          line: object.lineOf([...container.path, "env", index, "value"]),
          message: `${containerLabel(container)} of ${subject(object)} sets env ${name} in plain text (${why}); read it from a Secret with valueFrom.secretKeyRef`
        }];
      })
    );
  }
});

// src/rules/kubernetes/service-selects-nothing.ts
var service_selects_nothing_default = kubernetesProjectRule({
  meta: {
    id: "service-selects-nothing",
    aliases: ["dangling-service", "service-targets-pod"],
    severity: "warning",
    category: "reliability",
    title: "Service selects no pods, or targets a port name no selected container declares",
    docs: {
      why: "A Service whose selector matches no pod template has no endpoints: clients get connection refused or time out, and nothing in `kubectl apply` says so. The same happens to one port when its `targetPort` names a port no selected container declares. Every manifest of the run is searched, in every directory.",
      fix: "Make the selector equal to labels of the pod template (not of the Deployment itself), and name the container port the Service targets.",
      bad: "kind: Service\nspec:\n  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]\n---\nkind: Deployment\nspec:\n  template:\n    metadata: {labels: {app: webapp}}",
      good: "kind: Service\nspec:\n  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]\n---\nkind: Deployment\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n        - name: web\n          ports: [{name: http, containerPort: 8080}]"
    }
  },
  check({ objects }) {
    const templates = podTemplates(objects);
    const hits = [];
    for (const service of objects) {
      if (service.kind !== "Service" || service.apiVersion !== "v1" || !isObject(service.value.spec)) continue;
      const spec = service.value.spec;
      const selector = stringMap(spec.selector);
      if (spec.type === "ExternalName" || Object.keys(selector).length === 0) continue;
      const candidates = templates.filter((t) => sameNamespace(t.object, service));
      const selected = candidates.filter((t) => matchesMap(selector, t.labels));
      if (selected.length === 0) {
        if (operatorMayProvide(objects, service, (labels) => matchesMap(selector, labels))) continue;
        hits.push({
          object: service,
          line: service.lineOf(["spec", "selector"]),
          message: `Service ${service.name ?? ""} selects ${selectorText(selector)}, but no pod template${where(service)} has these labels, so the Service has no endpoints${nearMiss(selector, candidates)}`
        });
        continue;
      }
      hits.push(...unknownTargetPorts(service, selected));
    }
    return hits;
  }
});
function where(object) {
  return object.namespace ? ` in namespace ${object.namespace}` : "";
}
function nearMiss(selector, candidates) {
  let best = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    const score = Object.entries(selector).filter(([k, v]) => candidate.labels[k] === v).length + Object.keys(selector).filter((k) => k in candidate.labels).length / 10;
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  if (!best) return "";
  const differing = Object.keys(selector).filter((k) => best.labels[k] !== selector[k]).map((k) => k in best.labels ? `${k}=${best.labels[k]}` : `no ${k}`);
  return ` (closest: ${best.object.kind} ${best.object.name ?? ""} has ${differing.join(", ")})`;
}
function unknownTargetPorts(service, selected) {
  const spec = service.value.spec;
  const ports = Array.isArray(spec.ports) ? spec.ports : [];
  const declared = new Set(selected.flatMap((t) => [...containerPortNames(t.pod)]));
  const hits = [];
  ports.forEach((port, index) => {
    if (!isObject(port) || typeof port.targetPort !== "string" || /^\d+$/.test(port.targetPort) || declared.has(port.targetPort)) return;
    const owners = selected.map((t) => `${t.object.kind} ${t.object.name ?? ""}`.trim()).join(", ");
    hits.push({
      object: service,
      line: service.lineOf(["spec", "ports", index, "targetPort"]),
      message: `Service ${service.name ?? ""} port ${String(port.name ?? port.port)} targets the port named "${port.targetPort}", but no container of the selected pods (${owners}) declares a port of that name, so its traffic is refused`
    });
  });
  return hits;
}

// src/rules/kubernetes/writable-root-filesystem.ts
var writable_root_filesystem_default = kubernetesRule({
  meta: {
    id: "writable-root-filesystem",
    aliases: ["no-read-only-root-fs", "container-security-context-readonlyrootfilesystem", "notReadOnlyRootFilesystem", "CKV_K8S_22", "KSV014"],
    severity: "warning",
    category: "security",
    title: "Container root filesystem is writable",
    docs: {
      why: "A writable root filesystem lets an attacker drop tools and persist changes inside the container, and lets the app write state that silently disappears on restart.",
      fix: "Set `securityContext.readOnlyRootFilesystem: true` and mount an `emptyDir` where the app really writes (`/tmp`, a cache directory).",
      bad: "securityContext:\n  runAsNonRoot: true",
      good: "securityContext:\n  readOnlyRootFilesystem: true\nvolumeMounts:\n  - name: tmp\n    mountPath: /tmp"
    }
  },
  check({ object, pod }) {
    if (!pod || isWindowsPod(pod)) return [];
    return runningContainers(pod).filter((c) => !isTrue(valueAt(c.value, ["securityContext", "readOnlyRootFilesystem"]))).map((c) => ({ line: securityContextLine(c, "readOnlyRootFilesystem"), message: `${containerLabel(c)} of ${subject(object)} does not set readOnlyRootFilesystem: true` }));
  }
});

// src/rules/kubernetes-rules.ts
var kubernetesRules = [bare_pod_default, capabilities_not_dropped_default, container_port_not_exposed_default, deprecated_api_version_default, duplicate_container_port_default, host_namespaces_default, host_path_volume_default, hpa_missing_target_default, image_tag_latest_default2, image_tag_missing_default2, ingress_missing_service_default, missing_config_reference_default, multiple_processes_default2, namespace_missing_default, namespace_without_quota_default, pdb_selects_nothing_default, plaintext_secret_default, privilege_escalation_allowed_default, privileged_container_default, probes_missing_default, recommended_labels_missing_default, removed_api_version_default, resources_missing_default, root_user_default2, run_as_non_root_needs_numeric_user_default, schema_invalid_default, seccomp_profile_missing_default, secret_in_env_default, service_selects_nothing_default, writable_root_filesystem_default];

// src/image/facts.ts
function imageAnchor(facts) {
  const from = facts.stage.fromInstruction;
  return { line: from.line, endLine: from.endLine };
}
function layerSpan(facts, layer) {
  const instruction = facts.layerInstructions[layer];
  return instruction ? { line: instruction.line, endLine: instruction.endLine } : imageAnchor(facts);
}
function layerOrigin(facts, layer) {
  const instruction = facts.layerInstructions[layer];
  if (instruction) return `line ${instruction.line}`;
  return facts.report.layers[layer]?.fromBase ? "the base image" : `layer ${layer}`;
}

// src/rules/image/image-runs-as-root.ts
var image_runs_as_root_default = imageRule({
  meta: {
    id: "image-runs-as-root",
    aliases: ["CIS-DI-0001"],
    severity: "error",
    category: "security",
    title: "Built image runs as root",
    docs: {
      why: "The user in the built image's config is what the container runs as. Checking the image catches what the Dockerfile cannot show: a base image that switches back to root, or none that ever leaves it. Kubernetes `runAsNonRoot` refuses such images.",
      fix: "End the final stage with `USER <uid>`, a non-zero numeric id (a name cannot be verified by `runAsNonRoot`).",
      bad: 'FROM node:20-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]',
      good: 'FROM node:20-slim\nCOPY . /app\nUSER 10001\nCMD ["node", "/app/server.js"]'
    }
  },
  check(facts) {
    const user = (facts.config.config?.User ?? "").trim();
    const name = user.split(":")[0];
    if (name !== "" && name !== "0" && name !== "root") return [];
    const set = lastUser(facts.model, facts.stage);
    const at = set ? { line: set.instruction.line, endLine: set.instruction.endLine } : imageAnchor(facts);
    const message = user === "" ? "The built image sets no user, so its containers run as root; neither the Dockerfile nor its base image sets one. Add `USER <uid>` with a non-zero numeric id" : `The built image runs as \`${user}\`; switch to a non-root numeric user with \`USER <uid>\` at the end of the final stage`;
    return [{ ...at, message }];
  }
});

// src/rules/image/image-size-delta.ts
var image_size_delta_default = imageRule({
  meta: {
    id: "image-size-delta",
    aliases: [],
    severity: "info",
    category: "efficiency",
    title: "Image size change against the base ref",
    docs: {
      why: "With `compare-base` (the pull request's base by default in the action), the same Dockerfile is built at that ref and the two images are compared, so a review sees what the change costs every pull before it merges.",
      fix: "Nothing to fix by itself; `layer-size-growth` warns on the lines that grew most.",
      bad: "FROM node:20\nCOPY . /app   # this PR grows the image by 45.2 MB (+18 %)",
      good: "FROM node:20-slim\nCOPY dist /app"
    }
  },
  check(facts) {
    const base = facts.report.base;
    if (!base) return [];
    const at = imageAnchor(facts);
    if (base.error !== null || base.sizeBytes === null || base.deltaBytes === null) {
      return [{ ...at, message: `No size delta against \`${base.ref}\`: ${base.error ?? "the base was not measured"}` }];
    }
    const delta = base.deltaBytes;
    const percent = base.deltaPercent === null ? "" : ` (${delta >= 0 ? "+" : ""}${base.deltaPercent.toFixed(1)} %)`;
    const verb = delta > 0 ? `grows the image by ${formatBytes(delta)}` : delta < 0 ? `shrinks the image by ${formatBytes(-delta)}` : "leaves the image size unchanged";
    return [{ ...at, message: `This change ${verb}${percent} against \`${base.ref}\`: ${formatBytes(base.sizeBytes)} \u2192 ${formatBytes(facts.report.sizeBytes)}` }];
  }
});

// src/rules/image/image-too-large.ts
var DEFAULT_MAX = 1e9;
var image_too_large_default = imageRule({
  meta: {
    id: "image-too-large",
    aliases: [],
    severity: "warning",
    category: "efficiency",
    title: "Image larger than max-image-size",
    docs: {
      why: "Every node that schedules the pod pulls the image first: a large image slows scale-out, rollouts and recovery, and costs registry egress. Threshold: option `max-image-size` (default 1GB; `500MB`, `1.5GiB` or bytes).",
      fix: "Use a slimmer base, build in a separate stage and copy only the artefacts into the final one, and clean package caches in the RUN that made them. The layer notes (`layer-size`) show which lines weigh most.",
      bad: "FROM python:3.12\nCOPY . /app\nRUN pip install -r /app/requirements.txt",
      good: "FROM python:3.12-slim\nCOPY requirements.txt /app/\nRUN pip install --no-cache-dir -r /app/requirements.txt\nCOPY . /app"
    }
  },
  check(facts, options) {
    const max = parseBytes(options["max-image-size"]) ?? DEFAULT_MAX;
    const size2 = facts.report.sizeBytes;
    if (size2 <= max) return [];
    return [{ ...imageAnchor(facts), message: `The image is ${formatBytes(size2)} (${formatBytes(facts.report.compressedBytes)} compressed), over max-image-size ${formatBytes(max)}` }];
  }
});

// src/rules/image/layer-size-growth.ts
var DEFAULT_MAX_GROWTH = 1e7;
var layer_size_growth_default = imageRule({
  meta: {
    id: "layer-size-growth",
    aliases: [],
    severity: "warning",
    category: "efficiency",
    title: "Layer grew more than max-layer-growth against the base ref",
    docs: {
      why: "With `compare-base`, each instruction's layer is compared with the same instruction built at the base ref; a line whose layer grew a lot is where a dependency, a cache or a build artefact slipped in. Threshold: option `max-layer-growth` (default 10MB).",
      fix: "Check what the line now adds (the layer note shows its size): caches left behind, a wider COPY, a new dependency. Clean up in the same RUN or move the work to a build stage.",
      bad: "COPY . /app          # the layer grew by 80 MB: node_modules is no longer ignored",
      good: "COPY . /app          # with node_modules in .dockerignore"
    }
  },
  check(facts, options) {
    const base = facts.report.base;
    if (!base || base.error !== null) return [];
    const max = parseBytes(options["max-layer-growth"]) ?? DEFAULT_MAX_GROWTH;
    return base.instructions.filter((d) => d.line !== null && d.endLine !== null && d.deltaBytes > max).map((d) => ({
      line: d.line,
      endLine: d.endLine,
      message: d.baseSizeBytes === 0 ? `This layer is new against \`${base.ref}\` and adds ${formatBytes(d.sizeBytes)}, over max-layer-growth ${formatBytes(max)}` : `This layer grew by ${formatBytes(d.deltaBytes)} against \`${base.ref}\` (${formatBytes(d.baseSizeBytes)} \u2192 ${formatBytes(d.sizeBytes)}), over max-layer-growth ${formatBytes(max)}`
    }));
  }
});

// src/rules/image/layer-size.ts
var layer_size_default = imageRule({
  meta: {
    id: "layer-size",
    aliases: [],
    severity: "info",
    category: "efficiency",
    title: "Layer size note",
    docs: {
      why: "A note on every instruction that made a layer of the built image: how much it adds and its share of the image, so the heavy lines show where they are written. Notes are informational; turn them off with `layer-size: off`.",
      fix: "Nothing to fix by itself. To shrink a heavy line, clean caches in the same RUN, copy less (`.dockerignore`), or move the work to a build stage.",
      bad: "RUN apt-get update && apt-get install -y build-essential   # adds 312 MB (71 % of the image)",
      good: "RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*"
    }
  },
  check(facts) {
    const total = facts.report.sizeBytes;
    const byInstruction = /* @__PURE__ */ new Map();
    for (const layer of facts.report.layers) {
      if (layer.line === null || layer.endLine === null) continue;
      const seen = byInstruction.get(layer.line) ?? { endLine: layer.endLine, bytes: 0, compressed: 0 };
      seen.bytes += layer.sizeBytes;
      seen.compressed += layer.compressedBytes;
      byInstruction.set(layer.line, seen);
    }
    return [...byInstruction].map(([line, { endLine, bytes, compressed }]) => ({
      line,
      endLine,
      message: `adds ${formatBytes(bytes)} (${formatPercent(total ? bytes / total : 0)} of the image; ${formatBytes(compressed)} compressed)`
    }));
  }
});

// src/rules/image/low-efficiency.ts
var DEFAULT_MIN_EFFICIENCY = 0.9;
var DEFAULT_MAX_USER_WASTE = 0.1;
var low_efficiency_default = imageRule({
  meta: {
    id: "low-efficiency",
    aliases: ["lowestEfficiency", "highestUserWastedPercent"],
    severity: "warning",
    category: "efficiency",
    title: "Image wastes space across layers",
    docs: {
      why: "A file that one layer adds and a later one deletes or overwrites is still pulled: the deletion only hides it. dive scores this as efficiency; the thresholds are dive's CI defaults, options `min-efficiency` (0.9) and `max-user-waste` (10 %).",
      fix: "Delete in the same RUN that created the files (download, unpack, remove the archive in one step), do not chmod/chown in a separate layer, and copy build output from a build stage instead of building in the final one.",
      bad: "RUN curl -o /tmp/sdk.tgz https://example.com/sdk.tgz\nRUN tar -xzf /tmp/sdk.tgz -C /opt\nRUN rm /tmp/sdk.tgz",
      good: "RUN curl -o /tmp/sdk.tgz https://example.com/sdk.tgz && tar -xzf /tmp/sdk.tgz -C /opt && rm /tmp/sdk.tgz"
    }
  },
  check(facts, options) {
    const minEfficiency = parseFraction(options["min-efficiency"]) ?? DEFAULT_MIN_EFFICIENCY;
    const maxUserWaste = parseFraction(options["max-user-waste"]) ?? DEFAULT_MAX_USER_WASTE;
    const { efficiency, userWastedPercent, reclaimableBytes, topWaste } = facts.report;
    const problems = [];
    if (efficiency < minEfficiency) problems.push(`efficiency ${formatPercent(efficiency)} is under min-efficiency ${formatPercent(minEfficiency)}`);
    if (userWastedPercent / 100 > maxUserWaste) problems.push(`user waste ${formatPercent(userWastedPercent / 100)} is over max-user-waste ${formatPercent(maxUserWaste)}`);
    if (!problems.length) return [];
    const top = topWaste[0];
    const at = top ? layerSpan(facts, top.removedBy.layer) : imageAnchor(facts);
    const worst = top ? `; largest: \`${top.path}\` (${formatBytes(top.wastedBytes)}, added by ${lineText(top.addedBy.line)}, ${top.removedBy.how} by ${lineText(top.removedBy.line)})` : "";
    return [{ ...at, message: `The image ${problems.join(" and ")}: ${formatBytes(reclaimableBytes)} reclaimable${worst}` }];
  }
});
function lineText(line) {
  return line === null ? "the base image" : `line ${line}`;
}

// src/data/image-network-tools.json
var image_network_tools_default = {
  $comment: "Programs in a built image's final filesystem that let an intruder fetch tools, probe or pivot (network-tools-in-image), by binary name; src/data/network-tools.json names the packages that provide most of them. `binDirs`: where a program counts (what PATH reaches). `multiCall`: binaries that carry such programs as applets even when no link names them.",
  binDirs: ["/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin"],
  tools: [
    { tool: "curl", binaries: ["curl"] },
    { tool: "wget", binaries: ["wget", "wget2"] },
    { tool: "netcat", binaries: ["nc", "netcat", "ncat", "nc.openbsd", "nc.traditional"] },
    { tool: "socat", binaries: ["socat"] },
    { tool: "dig/nslookup", binaries: ["dig", "nslookup", "host"] },
    { tool: "telnet", binaries: ["telnet"] },
    { tool: "ftp", binaries: ["ftp", "tftp"] },
    { tool: "nmap", binaries: ["nmap"] },
    { tool: "tcpdump", binaries: ["tcpdump"] },
    { tool: "ssh client", binaries: ["ssh", "scp", "sftp", "dbclient"] },
    { tool: "ssh server", binaries: ["sshd", "dropbear"] },
    { tool: "package manager", binaries: ["apt", "apt-get", "apk", "yum", "dnf", "microdnf", "zypper", "tdnf"] }
  ],
  multiCall: [
    { binary: "busybox", applets: "wget, nc, telnet, ftpget" },
    { binary: "toybox", applets: "wget, nc, netcat" }
  ]
};

// src/image/final-files.ts
var toolOf2 = new Map(image_network_tools_default.tools.flatMap((t) => t.binaries.map((b) => [b, t.tool])));
var appletsOf = new Map(image_network_tools_default.multiCall.map((m) => [m.binary, m.applets]));
var binDirs = new Set(image_network_tools_default.binDirs);
function networkTools(final) {
  const found = [];
  for (const [path, value] of final) {
    if (!value || value.entry.kind === "dir") continue;
    const slash = path.lastIndexOf("/");
    if (!binDirs.has(path.slice(0, slash))) continue;
    const name = path.slice(slash + 1);
    const tool = toolOf2.get(name);
    const applets = appletsOf.get(name);
    if (tool) found.push({ path, layer: value.layer, label: tool === name ? `${name} (${path})` : `${tool} \`${name}\` (${path})` });
    else if (applets) found.push({ path, layer: value.layer, label: `${name} (${path}, with ${applets} applets)` });
  }
  return found.sort((a, b) => a.path < b.path ? -1 : 1);
}
function setuidFiles(final) {
  const found = [];
  for (const [path, value] of final) {
    if (!value || value.entry.kind !== "file" || (value.entry.mode & 3072) === 0) continue;
    const bits = [(value.entry.mode & 2048) !== 0 ? "setuid" : "", (value.entry.mode & 1024) !== 0 ? "setgid" : ""].filter(Boolean).join("+");
    found.push({ path, layer: value.layer, label: `${path} (${bits})` });
  }
  return found.sort((a, b) => a.path < b.path ? -1 : 1);
}

// src/rules/image/network-tools-in-image.ts
var network_tools_in_image_default = imageRule({
  meta: {
    id: "network-tools-in-image",
    aliases: [],
    severity: "warning",
    category: "security",
    title: "Network tools or a package manager in the image",
    docs: {
      why: "curl, wget, netcat, ssh or a package manager in the running image let an intruder fetch tooling and move through the cluster; a service rarely needs them at run time.",
      fix: "Install them in a build stage only, or remove them in the same RUN that used them; consider a distroless or scratch final stage.",
      bad: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nCOPY app /app",
      good: "FROM debian:12-slim AS fetch\nRUN apt-get update && apt-get install -y curl && curl -o /tmp/tool \u2026\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=fetch /tmp/tool /tool"
    }
  },
  check(facts) {
    const byLayer = /* @__PURE__ */ new Map();
    for (const found of networkTools(facts.final)) byLayer.set(found.layer, [...byLayer.get(found.layer) ?? [], found.label]);
    return [...byLayer].map(([layer, labels]) => ({
      ...layerSpan(facts, layer),
      message: `The final image holds ${labels.join(", ")} (from ${layerOrigin(facts, layer)})`
    }));
  }
});

// src/image/secrets.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);

// src/data/image-secrets.json
var image_secrets_default = {
  $comment: "How secret-in-image-layer reads src/data/secret-files.json inside a built image (files only, never directories). `needsContent`: globs too common in images to trust alone \u2014 CA bundles are *.pem, ssh config and known_hosts live in .ssh \u2014 so such a file counts only when it starts like a PEM private key. `fixtureDirs`: test and documentation trees whose keys are sample data. Globs without '/' match the base name, the others the whole path without its leading '/'.",
  needsContent: ["*.pem", "*.key", "*.p8", "**/.ssh/**"],
  fixtureDirs: ["**/test/**", "**/tests/**", "**/testdata/**", "**/testing/**", "**/fixtures/**", "**/examples/**", "usr/share/doc/**"]
};

// src/image/secrets.ts
var matcher2 = (glob) => (0, import_picomatch3.default)(glob, { dot: true, basename: !glob.includes("/") });
var needsContent = image_secrets_default.needsContent.map(matcher2);
var fixture = image_secrets_default.fixtureDirs.map(matcher2);
function secretKind(entry) {
  if (entry.kind !== "file") return null;
  const path = entry.path.slice(1);
  if (fixture.some((test) => test(path))) return null;
  const byName = secretFileKind(path);
  if (byName && !needsContent.some((test) => test(path))) return byName;
  return entry.privateKey ? "a private key" : null;
}

// src/rules/image/secret-in-image-layer.ts
var secret_in_image_layer_default = imageRule({
  meta: {
    id: "secret-in-image-layer",
    aliases: ["CIS-DI-0010"],
    severity: "error",
    category: "security",
    title: "Credential file in an image layer",
    docs: {
      why: "Every layer is part of the pull: a private key, `.env` or credentials file that a later instruction deletes is still in the image for anyone who can pull it (`docker save` and untar the layer).",
      fix: "Never write secrets into a layer. Use a build secret (`RUN --mount=type=secret,id=npmrc \u2026`), an SSH mount for git, or inject the secret at run time from a Kubernetes Secret. Rotate any credential that was already pushed.",
      bad: "COPY id_rsa /root/.ssh/id_rsa\nRUN git clone git@github.com:acme/lib.git && rm /root/.ssh/id_rsa",
      good: "RUN --mount=type=ssh git clone git@github.com:acme/lib.git"
    }
  },
  check(facts) {
    const hits = [];
    for (const [index, layer] of facts.layers.entries()) {
      for (const entry of layer.entries) {
        const kind = secretKind(entry);
        if (!kind) continue;
        const survives = facts.final.get(entry.path)?.layer === index;
        const where2 = `layer ${index} (added by ${layerOrigin(facts, index)})`;
        const message = survives ? `\`${entry.path}\` is ${kind} and ships in ${where2}` : `\`${entry.path}\` is ${kind}; a later layer removes or replaces it, but it is still in ${where2} of the pull`;
        hits.push({ ...layerSpan(facts, index), message });
      }
    }
    return hits;
  }
});

// src/rules/image/setuid-binary.ts
var SHOWN = 6;
var setuid_binary_default = imageRule({
  meta: {
    id: "setuid-binary",
    aliases: ["CIS-DI-0008"],
    severity: "warning",
    category: "security",
    title: "setuid or setgid file in the image",
    docs: {
      why: "A setuid or setgid program runs with its owner's rights whoever starts it: the classic way from an unprivileged container user back to root. Kubernetes `allowPrivilegeEscalation: false` blocks it only when set.",
      fix: "Remove the bits in the final stage (`RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +`) or use a base image without such programs.",
      bad: "FROM debian:12-slim\nCOPY app /app\nUSER 10001",
      good: "FROM debian:12-slim\nRUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +\nCOPY app /app\nUSER 10001"
    }
  },
  check(facts) {
    const byLayer = /* @__PURE__ */ new Map();
    for (const file of setuidFiles(facts.final)) byLayer.set(file.layer, [...byLayer.get(file.layer) ?? [], file.label]);
    return [...byLayer].map(([layer, files]) => {
      const shown = files.slice(0, SHOWN).join(", ") + (files.length > SHOWN ? ` and ${files.length - SHOWN} more` : "");
      return { ...layerSpan(facts, layer), message: `${files.length} setuid/setgid file${files.length === 1 ? "" : "s"} from ${layerOrigin(facts, layer)}: ${shown}` };
    });
  }
});

// src/rules/image/too-many-layers.ts
var DEFAULT_MAX2 = 40;
var too_many_layers_default = imageRule({
  meta: {
    id: "too-many-layers",
    aliases: [],
    severity: "warning",
    category: "efficiency",
    title: "More layers than max-layers",
    docs: {
      why: "Each layer is one more overlay mount and one more blob to pull and verify; deep stacks slow container start and the engine stops at 127. Threshold: option `max-layers` (default 40).",
      fix: "Merge consecutive RUN instructions with `&&`, copy build output once from a build stage, and let a multi-stage build drop the layers that only build.",
      bad: "RUN apt-get update\nRUN apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*",
      good: "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*"
    }
  },
  check(facts, options) {
    const max = typeof options["max-layers"] === "number" ? options["max-layers"] : Number(options["max-layers"] ?? DEFAULT_MAX2);
    const limit = Number.isFinite(max) ? max : DEFAULT_MAX2;
    const layers = facts.report.layers;
    if (layers.length <= limit) return [];
    const own = layers.filter((l) => !l.fromBase).length;
    return [{ ...imageAnchor(facts), message: `The image has ${layers.length} layers (${own} from this Dockerfile), over max-layers ${limit}` }];
  }
});

// src/rules/image-rules.ts
var imageRules = [image_runs_as_root_default, image_size_delta_default, image_too_large_default, layer_size_growth_default, layer_size_default, low_efficiency_default, network_tools_in_image_default, secret_in_image_layer_default, setuid_binary_default, too_many_layers_default];

// src/rules/registry.ts
var allRules = [...commonRules, ...dockerfileRules, ...kubernetesRules, ...imageRules];
var byKey = /* @__PURE__ */ new Map();
for (const { meta } of allRules) byKey.set(meta.id.toLowerCase(), meta);
for (const { meta } of allRules) {
  for (const alias of meta.aliases) if (!byKey.has(alias.toLowerCase())) byKey.set(alias.toLowerCase(), meta);
}
function findRule(idOrAlias) {
  return byKey.get(idOrAlias.trim().toLowerCase());
}
function isShellcheckCode(name) {
  return /^SC\d{4}$/i.test(name.trim());
}
function canonicalId(idOrAlias) {
  const name = idOrAlias.trim();
  return findRule(name)?.id ?? (/^sc\d+$/i.test(name) ? name.toUpperCase() : name);
}
function ruleMeta(id) {
  return byKey.get(id.toLowerCase());
}
var targetOfMeta = new Map(allRules.map((r) => [r.meta, r.target]));
function targetOf(meta) {
  return targetOfMeta.get(meta);
}
function settingTarget(name, only) {
  const id = canonicalId(name);
  const targets = allRules.filter((r) => r.meta.id === id).map((r) => r.target);
  if (targets.length < 2) return { id, target: null };
  if (only) return { id, target: only };
  const lower = name.trim().toLowerCase();
  const named = allRules.filter((r) => r.meta.id === id && r.meta.aliases.some((a) => a.toLowerCase() === lower)).map((r) => r.target);
  return { id, target: named.length === 1 ? named[0] : null };
}

export {
  build_failed_default,
  build_skipped_default,
  parse_error_default,
  render_failed_default,
  render_skipped_default,
  commonRules,
  substitute,
  parseImageRef,
  wordsOf,
  leadingFlags,
  applyGlobalArg,
  joinLines,
  plainScript,
  splitCommands,
  unterminatedQuoteLine,
  stageChain,
  DEFAULT_TIMEOUT_MS,
  DEFERRED,
  findShellcheck,
  SHELLCHECK_MISSING_NOTICE,
  scriptJobs,
  shellcheckArgs,
  writeJobs,
  readShellcheckOutput,
  timedOut,
  toHits,
  shellcheck_default,
  dockerfileRules,
  load,
  KEEP_EVENTS_BELOW,
  yamlLibrary,
  parseManifests,
  relocated,
  isObject,
  apiGroup,
  podSpecOf,
  podMetadata,
  annotationsOf,
  runningContainers,
  isWindowsPod,
  securitySetting,
  securityContextLine,
  containerImage,
  linkDockerfile,
  imageUser,
  kubernetesRules,
  imageRules,
  allRules,
  findRule,
  isShellcheckCode,
  canonicalId,
  ruleMeta,
  targetOf,
  settingTarget
};
