import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

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
    function expandAnsiCEscape(m, escape) {
      var kind = escape.charAt(0);
      if (kind === "c") {
        var ctrl = escape.charAt(1);
        return ctrl === "?" ? "\x7F" : String.fromCharCode(ctrl.charCodeAt(0) & 31);
      }
      if (kind === "x" || kind === "u" || kind === "U") {
        var cp = parseInt(escape.slice(1), 16);
        if (cp > 1114111) {
          return m;
        }
        return String.fromCharCode.apply(null, cp > 65535 ? [55232 + (cp >> 10), 56320 + (cp & 1023)] : [cp]);
      }
      if (kind >= "0" && kind <= "7") {
        return String.fromCharCode(parseInt(escape, 8) & 255);
      }
      var letter = ANSI_C_LETTERS.indexOf(escape);
      return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
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

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append2 = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append2}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next2;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next2 = advance())) {
            if (next2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next2 === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix2 = "";
      let glob = "";
      if (start > 0) {
        prefix2 = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix: prefix2,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix2;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append2 = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append2(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next2 = peek();
          if (next2 === "/" && opts.bash !== true) {
            continue;
          }
          if (next2 === "." || next2 === ";") {
            continue;
          }
          if (!next2) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix4 = POSIX_REGEX_SOURCE[rest2];
                if (posix4) {
                  prev.value = pre + posix4;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append2({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append2({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append2({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next2 = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next2) || next2 === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix4 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix: posix4 });
        const result = { glob, state, regex, posix: posix4, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher2.state = state;
      }
      return matcher2;
    };
    picomatch3.test = (input, regex, options, { glob, posix: posix4 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix4 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix4);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix4 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix4 }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append2 = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append2}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants3;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity)) {
          result.severity = severity;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command, ...args) {
        const result = { title, command };
        if (Is.defined(args) && args.length > 0) {
          result.arguments = args;
        }
        return result;
      }
      Command2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        const result = {
          name,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children) {
        const result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children !== void 0) {
          result.children = children;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits(document, edits) {
        let text = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          const e = sortedEdits[i];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text = this._content;
          let isLineStart = true;
          for (let i = 0; i < text.length; i++) {
            if (isLineStart) {
              lineOffsets.push(i);
              isLineStart = false;
            }
            const ch = text.charAt(i);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
              i++;
            }
          }
          if (isLineStart && text.length > 0) {
            lineOffsets.push(text.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument2) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits(document, edits) {
        const text = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next2 = fullArgs.charAt(i + 1);
            if (next2 === " " || next2 === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next2 === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next2 === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next2 = fullArgs.charAt(i + 1);
            if (next2 === " " || next2 === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next2 === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next2 === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next2 === "$") {
                escapedArg = escapedArg + char + next2;
              } else if (next2 === "") {
                break;
              } else {
                escapedArg = escapedArg + next2;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch2 = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch2) {
                      secondMatch = true;
                    } else {
                      firstMatch2 = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        this.jsonParsed = false;
      }
      parseJSON() {
        if (this.jsonParsed) {
          return;
        }
        this.jsonParsed = true;
        const document = this.document;
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        this.parseJSON();
        return this.openingBracket;
      }
      getJSONStrings() {
        this.parseJSON();
        return this.jsonStrings;
      }
      getClosingBracket() {
        this.parseJSON();
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
          return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path : parent + "/" + path;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage2 of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage2.getRange())) {
            return buildStage2;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        const initialRange = this.initialInstructions.getRange();
        const stageRanges = this.buildStages.map((buildStage2) => buildStage2.getRange());
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, initialRange)) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (let s = 0; s < stageRanges.length; s++) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, stageRanges[s])) {
                this.buildStages[s].addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2));
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.heredocAt = void 0;
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              if (this.heredocAt === void 0 || this.heredocAt !== -1 && this.heredocAt < start) {
                this.heredocAt = this.buffer.indexOf("<<", start);
              }
              if (this.heredocAt === -1 || this.heredocAt >= i) {
                return i;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next2 = this.buffer.charAt(i + 1);
              if (next2 === "\n" || next2 === "\r") {
                escaped = true;
                i++;
              } else if (next2 === " " || next2 === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser3.parse = parse;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// src/core/lint-worker.ts
import { parentPort } from "node:worker_threads";

// src/discover/read.ts
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
var MAX_BYTES = { dockerfile: 1024 * 1024, kubernetes: 8 * 1024 * 1024 };
var decoder = new TextDecoder("utf-8", { fatal: true });
function readSource(path, type) {
  let size2;
  try {
    size2 = statSync(path).size;
  } catch (error) {
    return { error: cannotRead(error) };
  }
  if (size2 > MAX_BYTES[type]) {
    if (type === "kubernetes" && !headNamesApiVersionAndKind(path)) return { skip: true };
    return { error: `file too large to lint (${formatMiB(size2)}; the limit for this kind of file is ${formatMiB(MAX_BYTES[type])})` };
  }
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { error: cannotRead(error) };
  }
  return decodeSource(bytes);
}
var HEAD_BYTES = 64 * 1024;
function headNamesApiVersionAndKind(path) {
  let head;
  try {
    const fd = openSync(path, "r");
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      head = buffer.toString("latin1", 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return true;
  }
  return API_VERSION_VALUE.test(head) && KIND_VALUE.test(head);
}
var API_VERSION_VALUE = /["']?apiVersion["']?\s*:\s*["']?[A-Za-z0-9.-]+(?:\/[A-Za-z0-9.-]+)?["']?\s*(?:[,}\r\n]|$)/m;
var KIND_VALUE = /["']?kind["']?\s*:\s*["']?[A-Za-z][A-Za-z0-9]*["']?\s*(?:[,}\r\n]|$)/m;
function decodeSource(bytes) {
  if (bytes.includes(0)) return { error: "binary file (contains NUL bytes)" };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: "not valid UTF-8 text" };
  }
}
var REASONS = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOENT: "no such file",
  EISDIR: "is a directory",
  ELOOP: "symbolic link loop",
  EIO: "input/output error",
  ENAMETOOLONG: "name too long"
};
function cannotRead(error) {
  const code = error.code;
  return code && REASONS[code] ? `cannot read: ${REASONS[code]} (${code})` : `cannot read: ${code ?? error.message}`;
}
function formatMiB(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// src/rules/define.ts
function dockerfileRule(rule) {
  return { ...rule, target: "dockerfile" };
}
function engineRule(meta, target = "any") {
  return { meta, target };
}

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
  $comment: "Base images that run Windows: their default shell is `cmd /S /C` (not /bin/sh), and they have no Linux user ids, so the POSIX-shell checks, ShellCheck and the user rules say nothing about a stage built on one. Matched on the repository path (registry included) and on the tag, case-insensitively. Sources: Microsoft's container base images (mcr.microsoft.com/windows/*; .NET Framework images, mcr.microsoft.com/dotnet/framework/*, exist for Windows only) and the Windows variants official images publish (python:3.12-windowsservercore-ltsc2022, golang:\u2026-nanoserver-\u2026).",
  repositories: ["^mcr\\.microsoft\\.com/windows(/|$)", "^mcr\\.microsoft\\.com/dotnet/framework/", "^mcr\\.microsoft\\.com/powershell:.*(nanoserver|windowsservercore)"],
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
var DOCKER_HUB = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
function repositoryPath(ref) {
  const hub = ref.registry === null || DOCKER_HUB.has(ref.registry.toLowerCase());
  const name = ref.name.toLowerCase().replace(/^library\//, "");
  return hub ? name : `${ref.registry.toLowerCase()}/${name}`;
}
function plainlyAnImage(fromValue) {
  return /[:@/]/.test(fromValue);
}
var WINDOWS_REPOSITORIES = windows_images_default.repositories.map((p) => new RegExp(p, "i"));
var WINDOWS_TAGS = windows_images_default.tags.map((p) => new RegExp(p, "i"));
function isWindowsImage(ref) {
  let known = windowsRefs.get(ref);
  if (known === void 0) {
    const repository = ref.registry ? `${ref.registry}/${ref.name}` : ref.name;
    known = WINDOWS_REPOSITORIES.some((p) => p.test(repository) || p.test(ref.resolved)) || ref.tag !== null && WINDOWS_TAGS.some((p) => p.test(ref.tag));
    windowsRefs.set(ref, known);
  }
  return known;
}
var windowsRefs = /* @__PURE__ */ new WeakMap();

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
function processWord(word, vars, escape = "\\") {
  let out = "";
  let unresolved = false;
  let quote = "";
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (quote === "'") {
      if (ch === "'") quote = "";
      else out += ch;
    } else if (ch === escape) {
      const next2 = word[i + 1];
      if (next2 === void 0) break;
      if (!quote || next2 === '"' || next2 === "$" || next2 === escape) out += word[++i];
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
function applyGlobalArg(values, instruction, escape, buildArgs) {
  for (const { name, raw } of keyValues(instruction, escape)) {
    if (buildArgs?.has(name)) values.set(name, buildArgs.get(name));
    else if (raw !== void 0) values.set(name, processWord(raw, values, escape).text);
    else if (!values.has(name)) values.set(name, void 0);
  }
}
var pairsOf = /* @__PURE__ */ new WeakMap();
function keyValues(instruction, escape) {
  let pairs = pairsOf.get(instruction);
  if (!pairs) pairsOf.set(instruction, pairs = readKeyValues(instruction, escape));
  return pairs;
}
function readKeyValues(instruction, escape) {
  const pair = (name, raw) => ({ name, raw, value: raw === void 0 ? void 0 : processWord(raw, void 0, escape).text });
  const [first, ...rest] = instruction.words;
  if (first === void 0) return [];
  if (instruction.keyword === "ENV" && !first.includes("=")) return [pair(first, rest.length ? rest.join(" ") : void 0)];
  return instruction.words.map((word) => {
    const eq = word.indexOf("=");
    return eq < 0 ? pair(word, void 0) : pair(word.slice(0, eq), word.slice(eq + 1));
  });
}

// src/core/memo.ts
function memoize(compute, limit = 1e4) {
  const answers2 = /* @__PURE__ */ new Map();
  return (key) => {
    if (answers2.has(key)) return answers2.get(key);
    const answer = compute(key);
    if (answers2.size >= limit) answers2.clear();
    answers2.set(key, answer);
    return answer;
  };
}

// src/dockerfile/command-shapes.ts
var import_shell_quote = __toESM(require_shell_quote(), 1);
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
var OPENERS = /* @__PURE__ */ new Set(["if", "then", "elif", "else", "while", "until", "do", "{", "!"]);
var CLOSERS = /* @__PURE__ */ new Set(["fi", "done", "}", "esac"]);
function commandShapes(text) {
  const commands = [];
  const cursor = { at: 0 };
  const chunks = splitOutsideQuotes(text, "\n");
  let depth = 0;
  const cases = [];
  let inForHead = false;
  let forDepth = 0;
  for (const chunk of chunks) {
    const tokens = tokenize(chunk.text);
    inForHead = false;
    if (!tokens) continue;
    let current = null;
    let closed = null;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (typeof token === "object" && "comment" in token) break;
      const inCase = cases.length ? cases[cases.length - 1] : null;
      if (inCase === "head" || inCase === "pattern" || inForHead) {
        const op = typeof token === "object" && "op" in token ? token.op : null;
        if (op === null) stepPast(typeof token === "string" ? token : token.pattern ?? "", text, chunk.start, cursor);
        if (inCase === "head" && token === "in") cases[cases.length - 1] = "pattern";
        else if (inCase === "pattern" && op === ")") cases[cases.length - 1] = "body";
        else if (inCase === "pattern" && token === "esac") {
          cases.pop();
          closed = commands[commands.length - 1] ?? null;
        } else if (op === "(") depth++;
        else if (op === ")") depth = Math.max(0, depth - 1);
        else if (inForHead && op !== null && SEPARATORS.has(op) && depth === forDepth) inForHead = false;
        continue;
      }
      if (current === null && typeof token === "string") {
        if (OPENERS.has(token) || CLOSERS.has(token) && token !== "esac") {
          if (CLOSERS.has(token)) closed = commands[commands.length - 1] ?? null;
          stepPast(token, text, chunk.start, cursor);
          continue;
        }
        if (token === "esac" && inCase === "body") {
          cases.pop();
          closed = commands[commands.length - 1] ?? null;
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
          forDepth = depth;
          stepPast(token, text, chunk.start, cursor);
          continue;
        }
      }
      if (typeof token === "object" && "op" in token) {
        if ((token.op === ";;" || token.op === ";&" || token.op === ";;&") && inCase === "body") {
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
          (current ?? closed)?.redirects.push({ op: token.op, target: typeof target === "string" ? target : "" });
          if (typeof tokens[i + 1] === "string") i++;
          continue;
        }
        if (SEPARATORS.has(token.op)) {
          if (token.op === "(") depth++;
          if (token.op === ")") depth = Math.max(0, depth - 1);
          if (current) current.next = token.op;
          else if (closed && (token.op === "|" || token.op === "|&")) closed.next = token.op;
          current = null;
          closed = null;
        }
        continue;
      }
      const next2 = tokens[i + 1];
      if (isDigit(token) && next2 && typeof next2 === "object" && "op" in next2 && REDIRECTS.has(next2.op)) {
        const target = tokens[i + 2];
        if (current) current.redirects.push({ op: token + next2.op, target: typeof target === "string" ? target : "" });
        i += typeof target === "string" ? 2 : 1;
        continue;
      }
      current = pushWord(current, token, commands, text, chunk.start, cursor);
      closed = null;
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

// src/dockerfile/shell.ts
function joinLines(rawLines, firstLine, escapeChar, mapLines = true) {
  let text = "";
  const lineAt = [];
  let continuing = false;
  const last = rawLines.length - 1;
  for (let i = 0; i <= last; i++) {
    const rawLine = rawLines[i];
    if (i > 0 && (COMMENT_LINE.test(rawLine) || continuing && BLANK_LINE.test(rawLine))) continue;
    const fileLine2 = firstLine + i;
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
function plainScript(source, firstLine) {
  const body = source.replace(/\r\n/g, "\n");
  const lineAt = [];
  let line = firstLine;
  for (const ch of body) {
    lineAt.push(line);
    if (ch === "\n") line++;
  }
  return { text: body, lineAt };
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

// src/data/command-options.json
var command_options_default = {
  $comment: "Options that take a separate value word, per program, so rules do not mistake the value for a package or a verb, nor a wrapper's (`sudo -u app`, `nice -n 10`) for the program it runs. Short options without the dash, long ones without the two dashes.",
  "apt-get": ["o", "option", "c", "config-file", "t", "target-release", "a", "host-architecture"],
  sudo: ["u", "user", "g", "group", "C", "close-from", "D", "chdir", "h", "host", "p", "prompt", "R", "chroot", "r", "role", "t", "type", "T", "command-timeout", "U", "other-user"],
  env: ["u", "unset", "C", "chdir", "S", "split-string"],
  nice: ["n", "adjustment"],
  ionice: ["c", "class", "n", "classdata", "p", "pid", "P", "pgid", "u", "uid"],
  stdbuf: ["i", "input", "o", "output", "e", "error"],
  timeout: ["s", "signal", "k", "kill-after"],
  xargs: ["a", "arg-file", "d", "delimiter", "E", "e", "eof", "I", "i", "replace", "L", "l", "max-lines", "n", "max-args", "P", "max-procs", "s", "max-chars"],
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

// src/dockerfile/queries.ts
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "env", "exec", "nohup", "time", "command", "nice", "ionice", "stdbuf", "xargs", "timeout"]);
var WRAPPER_VALUES = new Map([...WRAPPERS].map((w) => [w, new Set(command_options_default[w] ?? [])]));
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
      const wrapper = basename(word);
      const valued2 = WRAPPER_VALUES.get(wrapper);
      i++;
      for (; i < argv.length && argv[i].startsWith("-") && argv[i] !== "--"; i++) {
        const name = argv[i].replace(/^--?/, "");
        if (!argv[i].includes("=") && valued2.has(name)) i++;
      }
      if (argv[i] === "--") i++;
      if (wrapper === "timeout" && i < argv.length) i++;
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
function finalBaseImage(model) {
  return finalChain(model)[0]?.from ?? null;
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
function lastBefore(entries, line) {
  if (!entries) return void 0;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (entries[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? entries[lo - 1] : void 0;
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
  const read2 = (word) => processWord(word, current, model.escapeChar);
  for (const s of stageChain(model, stage)) {
    const line = (instruction) => s === stage ? instruction.line : 0;
    for (const instruction of s.instructions) {
      if (instruction.keyword === "ENV") {
        const values = keyValues(instruction, model.escapeChar).map(({ name, raw }) => [name, read2(raw ?? "").text]);
        for (const [name, value] of values) assign(name, line(instruction), value);
      } else if (instruction.keyword === "ARG") {
        for (const { name, raw } of keyValues(instruction, model.escapeChar)) {
          const global = model.globalArgs.get(name);
          if (raw !== void 0) assign(name, line(instruction), read2(raw).text);
          else if (global !== void 0) assign(name, line(instruction), global);
          else if (!current.has(name)) assign(name, line(instruction), void 0);
        }
      } else if (instruction.keyword === "WORKDIR" && instruction.args) {
        const previous = scope.workdirs[scope.workdirs.length - 1].dir;
        const { text: path, unresolved } = read2(instruction.args);
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
    zypper: ["dry-run"]
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
  const out = runInstructions(model).map(({ run, at }) => runBody(run, at, at.stage >= 0 ? model.stages[at.stage] ?? null : null, run !== at));
  bodies.set(model, out);
  return out;
}
function runInstructions(model) {
  return model.instructions.flatMap((i) => i.keyword === "RUN" ? [{ run: i, at: i }] : i.keyword === "ONBUILD" && i.trigger?.keyword === "RUN" ? [{ run: i.trigger, at: i }] : []);
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
  let matcher2 = answers.get(wanted);
  if (!matcher2) answers.set(wanted, matcher2 = memoize((n) => firstMatch(n, wanted)));
  return matcher2(name);
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
    return spec.firstArgs.some((prefix2) => {
      if (!prefix2.every((want, i) => operands[i] !== void 0 && sameWord(operands[i], want))) return false;
      return !spec.noPackages || operands.length === prefix2.length;
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
var import_picomatch = __toESM(require_picomatch2(), 1);
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
var VALUED = /^(?:-[bcdefgGhkKpsuUZ]|--(?:base-dir|comment|home(?:-dir)?|expiredate|inactive|gid|groups|skel|key|password|shell|uid|selinux-user|ingroup|gecos|firstuid|lastuid))$/;
function usersMadeFrom(stage, line) {
  const names = /* @__PURE__ */ new Set();
  for (const instruction of stage.instructions) {
    if (instruction.keyword !== "RUN" || instruction.endLine < line) continue;
    for (const command of launchedCommands(instruction)) {
      if (!["useradd", "adduser", "groupadd", "addgroup"].includes(programOf(command))) continue;
      const words = effectiveArgv(command).slice(1);
      for (let i = 0; i < words.length; i++) {
        if (VALUED.test(words[i])) i++;
        else if (!words[i].startsWith("-")) {
          names.add(words[i]);
          break;
        }
      }
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
          const suggestion3 = `${match.w.instruction.keyword} ${change.program === "chmod" ? `--chmod=${octalMode(change.setting)}` : `--chown=${change.setting ?? "<user>"}`}`;
          const owner = change.program === "chown" ? (change.setting ?? "").split(/[:.]/)[0] : "";
          const madeLater = owner !== "" && !/^\d+$/.test(owner) && usersMadeFrom(stage, match.w.instruction.line).has(owner);
          hits.push({
            line: command.line,
            endLine: command.line,
            message: `${change.program} on ${match.target} rewrites files the ${match.w.instruction.keyword} on line ${match.w.instruction.line} wrote, storing them twice; set it while copying with ${suggestion3}${madeLater ? ` (create user ${owner} before that ${match.w.instruction.keyword}, or give numeric ids: --chown resolves names when it runs)` : ""}`
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

// src/core/edit-distance.ts
function editDistance(a, b) {
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

// src/dockerfile/stage-names.ts
function misspeltStage(model, stage, word) {
  const lower = word.toLowerCase();
  const earlier = model.stages.slice(0, stage.index).map((s) => s.name).filter((n) => n !== null);
  return earlier.find((n) => n !== lower && editDistance(n, lower) <= Math.max(1, Math.floor(n.length / 4))) ?? null;
}

// src/rules/dockerfile/copy-from-unknown-stage.ts
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
  const close = misspeltStage(model, stage, value);
  if (close) return `no earlier stage is called '${lower}'; did you mean '${close}'?`;
  return `no earlier stage is called '${lower}', so docker build pulls the image ${value} from a registry`;
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
  $comment: "Base images that carry a full distribution or a build SDK, keyed by repository (Docker Hub names without `library/`; other registries in full). Sizes are typical uncompressed linux/amd64 sizes, rounded. In `lighter`, {version} is the tag's first dash-separated part (`3.12` of `3.12-bookworm`) and {tag} the whole tag; with no tag or `latest` the image's `defaultTag` fills them, or they are dropped with the dash after them; {java} is the JDK major version a build image's tag names (`maven:3.9-eclipse-temurin-17` \u2192 17). `sdk`: the image is a build toolchain whatever its variant, so a light marker in the tag (`golang:1.22-alpine`) does not exempt it. `variants`: by a dash-separated tag part, what differs in that variant (every part that matches applies; `release`: the part is the version, not a variant of it); an empty `lighter` means no lighter image keeps what the variant is for (`php:8.3-apache`): nothing to suggest, no finding.",
  lightTagMarkers: ["slim", "alpine", "distroless", "minimal", "micro", "chiseled", "jre", "nanoserver", "busybox"],
  images: {
    ubuntu: { what: "a full Ubuntu userland", size: "~78 MB", lighter: [{ image: "gcr.io/distroless/base-debian12", size: "~20 MB" }, { image: "alpine", size: "~8 MB" }] },
    debian: { what: "a full Debian userland", size: "~117 MB", defaultTag: "stable", lighter: [{ image: "debian:{tag}-slim", size: "~75 MB" }] },
    "buildpack-deps": { what: "Debian or Ubuntu with compilers and development headers", size: "~800 MB", defaultTag: "stable", lighter: [{ image: "debian:{version}-slim", size: "~75 MB" }], variants: { curl: { what: "a full Debian or Ubuntu userland with curl", size: "~125 MB" }, scm: { what: "a full Debian or Ubuntu userland with curl and version control tools", size: "~250 MB" }, focal: { release: true, lighter: [{ image: "ubuntu:{version}", size: "~78 MB" }] }, jammy: { release: true, lighter: [{ image: "ubuntu:{version}", size: "~78 MB" }] }, noble: { release: true, lighter: [{ image: "ubuntu:{version}", size: "~78 MB" }] }, "20.04": { release: true, lighter: [{ image: "ubuntu:{version}", size: "~78 MB" }] }, "22.04": { release: true, lighter: [{ image: "ubuntu:{version}", size: "~78 MB" }] }, "24.04": { release: true, lighter: [{ image: "ubuntu:{version}", size: "~78 MB" }] } } },
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
    const base = IMAGES[repositoryPath(ref)];
    if (!base || !base.sdk && isLightTag(ref.tag)) return [];
    const parts = (ref.tag ?? "").toLowerCase().split("-");
    const variants = Object.entries(base.variants ?? {}).filter(([part]) => parts.includes(part)).map(([, v]) => v);
    const heavy = Object.assign({}, base, ...variants);
    if (heavy.lighter.length === 0) return [];
    const versionTag = parts.filter((part) => !base.variants?.[part] || base.variants[part].release).join("-") || null;
    const options = heavy.lighter.map((l) => `${suggestion(l.image, versionTag, heavy.defaultTag)} (${l.size})`).join(" or ");
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
    differs: "ARG defaults are resolved first (`FROM python:${V}` with `ARG V=3.12` is tagged); silent for an ARG with no default, a stage alias, `scratch` and digests. hadolint checks FROM only; shipshape also flags an untagged image in `COPY --from=<image>` and `RUN --mount=from=<image>` (a stage name, a likely misspelt stage name or a `COPY --from` index is no image; a variable there is left alone).",
    docs: {
      why: "Without a tag the build takes whatever `latest` is on the day it runs, so the same Dockerfile builds different images. An image named in `COPY --from=` or `RUN --mount=from=` is pulled the same way as a base image.",
      fix: "Name a version tag, and for full reproducibility a digest: `FROM node:20.12-slim@sha256:\u2026`, `COPY --from=ghcr.io/astral-sh/uv:0.4 /uv /bin/uv`. This covers `FROM` (after ARG substitution), `COPY --from=<image>` and `RUN --mount=from=<image>`; a stage name there is not an image.",
      bad: "FROM node\nCOPY --from=busybox /bin/busybox /bin/busybox",
      good: "FROM node:20.12-slim\nCOPY --from=busybox:1.36 /bin/busybox /bin/busybox"
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
          if (!plainlyAnImage(ref.value) && misspeltStage(model, stage, ref.value)) continue;
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
    const base = finalBaseImage(model);
    if (!stage || !base || isWindowsImage(base)) return [];
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
  const next2 = model.stages[stage.index + 1];
  return [stage.fromInstruction.line, next2 ? next2.fromInstruction.line : Number.MAX_SAFE_INTEGER];
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
var ENTRIES = non_root_base_images_default.images.map((e) => ({
  image: new RegExp(`^${e.image.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")}$`),
  tag: e.tag ? new RegExp(e.tag) : null,
  unless: e.unless ?? null,
  user: e.user
}));
function baseImageUser(ref) {
  if (ref.unresolved) return void 0;
  const path = repositoryPath(ref);
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
    const base = finalBaseImage(model);
    if (!stage || !base || isWindowsImage(base)) return [];
    const user = lastUser(model, stage);
    if (!user) {
      const at = stage.fromInstruction;
      const inherited = baseImageUser(base);
      if (inherited !== void 0) {
        const uid = inherited ?? "65532";
        return [{ line: at.line, endLine: at.endLine, severity: "warning", message: `The final stage sets no USER and relies on ${base.resolved} to run as non-root${inherited ? ` (user ${inherited})` : ""}; declare it here by number (\`USER ${uid}\`) so the Dockerfile says so and survives a change of base` }];
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
var import_picomatch2 = __toESM(require_picomatch2(), 1);

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

// src/data/secret-patterns.json
var secret_patterns_default = {
  $comment: "What makes an environment variable or build argument a credential. Read by src/core/secrets.ts, shared by the Dockerfile rule secret-in-build-config and the Kubernetes rule secret-in-env. Names are split into upper-case words at '_', '-', '.' and camelCase boundaries; a name is a credential when its words contain one of `credentialWords` in order, unless its last word is a `describingSuffix` (the variable says where or how a secret is kept, not what it is) or it contains a `neutralWord`. A few names run their words together (`PGPASSWORD`, libpq's): those are listed whole.",
  names: {
    credentialWords: [
      ["PASSWORD"],
      ["PASSWORDS"],
      ["PASSWD"],
      ["PASSPHRASE"],
      ["PASS"],
      ["PWD"],
      ["PW"],
      ["SECRET"],
      ["SECRETS"],
      ["TOKEN"],
      ["APIKEY"],
      ["CREDENTIAL"],
      ["CREDENTIALS"],
      ["CREDS"],
      ["PRIVATEKEY"],
      ["ACCESSKEY"],
      ["SECRETKEY"],
      ["AUTHTOKEN"],
      ["ACCESSTOKEN"],
      ["BEARER"],
      ["API", "KEY"],
      ["ACCESS", "KEY"],
      ["PRIVATE", "KEY"],
      ["ENCRYPTION", "KEY"],
      ["SIGNING", "KEY"],
      ["MASTER", "KEY"],
      ["AUTH", "KEY"],
      ["SESSION", "KEY"],
      ["LICENSE", "KEY"],
      ["CLIENT", "KEY"],
      ["APP", "KEY"],
      ["ACCOUNT", "KEY"],
      ["DEPLOY", "KEY"],
      ["STORAGE", "KEY"],
      ["SHARED", "KEY"],
      ["CONNECTION", "STRING"],
      ["PGPASSWORD"],
      ["DBPASSWORD"],
      ["DBPASS"],
      ["ADMINPASSWORD"]
    ],
    describingSuffixes: [
      "FILE",
      "FILES",
      "PATH",
      "DIR",
      "URL",
      "URI",
      "ENABLED",
      "ENABLE",
      "DISABLED",
      "DISABLE",
      "REQUIRED",
      "NAME",
      "LENGTH",
      "SIZE",
      "TTL",
      "TIMEOUT",
      "EXPIRY",
      "EXPIRES",
      "EXPIRATION",
      "LIMIT",
      "HEADER",
      "TYPE",
      "MODE",
      "ALGORITHM",
      "ALG",
      "ENDPOINT",
      "HOST",
      "PORT",
      "REGION",
      "VERSION",
      "FORMAT",
      "ISSUER",
      "AUDIENCE",
      "COUNT",
      "POLICY",
      "LOCATION",
      "PROVIDER",
      "PREFIX",
      "FIELD",
      "ROTATION",
      "ALGO",
      "HASHER",
      "HASHING",
      "SCHEME",
      "STRENGTH",
      "COMPLEXITY",
      "RULES",
      "MIN",
      "MAX",
      "ROUNDS",
      "ITERATIONS",
      "CHARSET"
    ],
    neutralWords: ["PUBLIC", "PUB", "PUBLISHABLE", "DUMMY", "EXAMPLE", "PLACEHOLDER", "EMPTY", "RANDOM"],
    $commentIgnored: "Whole names that only look like credentials: the shell's working directory, and GPG key fingerprints official images pin.",
    ignoredNames: ["PWD", "OLDPWD", "GPG_KEY", "GPG_KEYS", "PGP_KEY", "PGP_KEYS"]
  },
  $commentValues: "Literal values that are credentials whatever the variable is called. `group`, when given, is the part that must be a literal for the match to count (a URL whose password is ${VAR} is fine).",
  values: [
    { what: "an AWS access key id", pattern: "\\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\\b" },
    { what: "a GitHub token", pattern: "\\bgh[pousr]_[A-Za-z0-9]{36,255}\\b" },
    { what: "a GitHub fine-grained token", pattern: "\\bgithub_pat_[A-Za-z0-9_]{22,255}\\b" },
    { what: "a GitLab token", pattern: "\\bglpat-[A-Za-z0-9_-]{20,}" },
    { what: "a Slack token", pattern: "\\bxox[abprse]-[A-Za-z0-9-]{10,}" },
    { what: "a Slack webhook URL", pattern: "https://hooks\\.slack\\.com/services/[A-Za-z0-9_/-]{20,}" },
    { what: "a private key", pattern: "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----" },
    { what: "a Google API key", pattern: "\\bAIza[0-9A-Za-z_-]{35}\\b" },
    { what: "a Stripe secret key", pattern: "\\b[rs]k_live_[0-9A-Za-z]{16,}\\b" },
    { what: "an npm token", pattern: "\\bnpm_[A-Za-z0-9]{36}\\b" },
    { what: "a PyPI token", pattern: "\\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}" },
    { what: "a Hugging Face token", pattern: "\\bhf_[A-Za-z0-9]{34,}\\b" },
    { what: "an OpenAI API key", pattern: "\\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}" },
    { what: "an Anthropic API key", pattern: "\\bsk-ant-[A-Za-z0-9_-]{32,}" },
    { what: "a SendGrid API key", pattern: "\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}\\b" },
    { what: "a JSON web token", pattern: "\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}" },
    { what: "a password in a URL", pattern: "\\b[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]+:([^/\\s@]+)@", group: 1 }
  ],
  $commentPlaceholders: "Values that hold no credential: a flag, a path to where the secret is mounted, or a stand-in meant to be replaced at run time. An empty value, a bare ${VAR} that is not a build argument, and text like <token>, {{ token }} or xxxx count too (see src/core/secrets.ts). `changeme`, `password` or `secret` are not placeholders: they are weak passwords that work.",
  placeholders: {
    words: [
      "dummy",
      "example",
      "sample",
      "placeholder",
      "none",
      "null",
      "nil",
      "undefined",
      "unset",
      "empty",
      "redacted",
      "todo",
      "tbd",
      "fake",
      "replace_me",
      "replaceme",
      "replace-me",
      "notset",
      "not-set",
      "not_set",
      "true",
      "false",
      "yes",
      "no",
      "on",
      "off",
      "0",
      "1"
    ],
    patterns: [
      "^<[^<>]*>$",
      "^\\{\\{[^{}]*\\}\\}$",
      "^%[A-Za-z0-9_]+%$",
      "^([xX*#.-])\\1{2,}$",
      "^your[-_ ]?[A-Za-z0-9_ -]*$",
      "^[A-Za-z0-9_-]*[-_]here$",
      "^(?:/|\\./|~/)[A-Za-z0-9_./@+-]*$"
    ]
  }
};

// src/core/secrets.ts
var credentialWords = secret_patterns_default.names.credentialWords;
var describingSuffixes = new Set(secret_patterns_default.names.describingSuffixes);
var neutralWords = new Set(secret_patterns_default.names.neutralWords);
var ignoredNames = new Set(secret_patterns_default.names.ignoredNames);
var valuePatterns = secret_patterns_default.values.map((v) => ({ what: v.what, pattern: new RegExp(v.pattern), group: "group" in v ? v.group : 0 }));
var placeholderWords = new Set(secret_patterns_default.placeholders.words);
var placeholderPatterns = secret_patterns_default.placeholders.patterns.map((p) => new RegExp(p));
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toUpperCase());
}
var credentialName = memoize(findCredentialWord);
function findCredentialWord(name) {
  if (ignoredNames.has(name.toUpperCase())) return null;
  const words = nameWords(name);
  if (!words.length) return null;
  if (describingSuffixes.has(words[words.length - 1])) return null;
  if (words.some((w) => neutralWords.has(w))) return null;
  for (const sequence of credentialWords) {
    for (let i = 0; i + sequence.length <= words.length; i++) {
      if (sequence.every((w, j) => words[i + j] === w)) return sequence.join("_");
    }
  }
  return null;
}
function credentialValue(value) {
  for (const { what, pattern, group } of valuePatterns) {
    const match = pattern.exec(value);
    if (!match) continue;
    if (group && isPlaceholder(match[group])) continue;
    return what;
  }
  return null;
}
function isPlaceholder(value) {
  const v = value.trim().replace(/^(["'])(.*)\1$/, "$2").trim();
  if (v === "") return true;
  if (/^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?\s*)+$/.test(v) || /^\$\{[A-Za-z_][A-Za-z0-9_]*:?[-?][^}]*\}$/.test(v)) return true;
  if (placeholderWords.has(v.toLowerCase())) return true;
  return placeholderPatterns.some((p) => p.test(v));
}
function assessCredential(name, value) {
  if (value !== void 0) {
    const kind = credentialValue(value);
    if (kind) return { by: "value", what: kind };
  }
  const word = credentialName(name);
  if (!word) return null;
  if (value !== void 0 && isPlaceholder(value)) return null;
  return { by: "name", what: word };
}

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
function problem2(i, shell) {
  if (/^\[(?![\s[])/.test(i.args) && i.args.trimEnd().endsWith("]")) return `${i.keyword} is meant as exec form but is not valid JSON (strings need double quotes), so Docker runs it through ${shell}: write ${i.keyword} ["\u2026", "\u2026"] with double quotes`;
  if (i.commands.length === 1 && i.commands[0].argv[0] === "exec") return `${i.keyword} uses shell form; \`exec\` hands PID 1 to the app, but the exec form needs no shell at all${i.keyword === "ENTRYPOINT" ? " and keeps the CMD arguments, which a shell-form ENTRYPOINT ignores" : ""}: ${suggestion2(i)}`;
  return `${i.keyword} uses shell form, so ${shell} is PID 1 and SIGTERM never reaches the app; ${suggestion2(i)}`;
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
    return model.instructions.filter((i) => (i.keyword === "CMD" || i.keyword === "ENTRYPOINT") && i.form === "shell" && i.args !== "").map((i) => ({ line: i.line, endLine: i.endLine, message: problem2(i, shellAt(model, model.stages[i.stage] ?? null, i.line).argv[0] ?? "/bin/sh") }));
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
function scriptJobs(model, prefix2 = "r", skipped = []) {
  const jobs2 = [];
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
    jobs2.push({ name: `${prefix2}${jobs2.length + 1}-line${instruction.line}.sh`, text: header + script.text + "\n", script, line: instruction.line });
  }
  return jobs2;
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
function shellcheckArgs(jobs2) {
  return ["--format=json1", "--norc", `--exclude=${EXCLUDED_CODES.join(",")}`, ...jobs2.map((j) => j.name)];
}
function writeJobs(dir, jobs2) {
  for (const job of jobs2) writeFileSync(join(dir, job.name), job.text);
}
function readShellcheckOutput(jobs2, status, stdout, stderr) {
  if (status !== 0 && status !== 1) throw new Error(`shellcheck exited with status ${status}: ${stderr.trim().split("\n")[0]}`);
  let parsed;
  try {
    parsed = JSON.parse(stdout || '{"comments":[]}');
  } catch {
    throw new Error("shellcheck printed output that is not JSON");
  }
  const byFile = new Map(jobs2.map((j) => [j.name, []]));
  for (const comment of parsed.comments ?? []) byFile.get(comment.file)?.push(comment);
  return byFile;
}
function runShellcheck(binary, jobs2, timeoutMs = DEFAULT_TIMEOUT_MS) {
  if (!jobs2.length) return /* @__PURE__ */ new Map();
  const dir = mkdtempSync(join(tmpdir(), "shipshape-sc-"));
  try {
    writeJobs(dir, jobs2);
    const result = spawnSync(binary, shellcheckArgs(jobs2), {
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
    return readShellcheckOutput(jobs2, result.status, result.stdout, result.stderr ?? "");
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
    const next2 = job.script.text.indexOf("\n", offset);
    if (next2 < 0) return job.script.lineAt[job.script.lineAt.length - 1] ?? job.line;
    offset = next2 + 1;
  }
  const at = Math.min(offset + Math.max(column - 1, 0), job.script.lineAt.length - 1);
  return job.script.lineAt[at] ?? job.line;
}
function toHits(job, comments) {
  const hits = [];
  const said = /* @__PURE__ */ new Set();
  for (const c of comments) {
    const line = fileLine(job, c.line, c.column);
    const endLine = Math.max(line, fileLine(job, c.endLine, Math.max(c.endColumn - 1, 1)));
    const message = c.message.trim();
    const key = `${c.code}\0${line}\0${endLine}\0${message}`;
    if (said.has(key)) continue;
    said.add(key);
    hits.push({ line, endLine, ruleId: `SC${c.code}`, severity: LEVELS[c.level] ?? "warning", message });
  }
  return hits;
}
function shellcheckDockerfile(model, timeoutMs = DEFAULT_TIMEOUT_MS) {
  const binary = findShellcheck();
  if (!binary) return [];
  const jobs2 = scriptJobs(model);
  if (!jobs2.length) return [];
  const results2 = runShellcheck(binary, jobs2, timeoutMs);
  return jobs2.flatMap((job) => toHits(job, results2.get(job.name) ?? []));
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
    return runInstructions(model).flatMap(({ run }) => launchedCommands(run)).filter((command) => {
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
    return runCommandLines(model).filter(({ line }) => line.program === "useradd" && !hasOption(line, "l", "no-log-init")).filter(({ line }) => [...line.values.get("u") ?? [], ...line.values.get("uid") ?? []].some((uid) => uid.length > 5 && !uid.includes("$"))).map(({ line }) => commandHit(line.command, "useradd with a UID above 99999 and without -l writes a huge sparse lastlog into the layer"));
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

// src/rules/kubernetes-rules.ts
var kubernetesRules = [];

// src/rules/image-rules.ts
var imageRules = [];

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

// src/core/rule-settings.ts
function settingOf(meta, config, id = meta.id) {
  const plain = config.rules[id];
  if (!config.targetRules) return plain;
  const target = targetOf(meta);
  const own = target === void 0 ? void 0 : config.targetRules[target]?.[id];
  return own ? { ...plain, ...own, options: { ...plain?.options, ...own.options } } : plain;
}
function ruleEnabled(meta, config) {
  const setting = settingOf(meta, config);
  if (setting?.enabled !== void 0) return setting.enabled;
  return meta.enabledByDefault !== false;
}
function ruleOptions(meta, config) {
  return { ...config.options, ...settingOf(meta, config)?.options };
}
function toFinding(meta, hit, file, config) {
  const id = hit.ruleId ?? meta.id;
  const setting = settingOf(meta, config, id);
  if (setting?.enabled === false) return null;
  const severity = setting?.severity ?? hit.severity ?? (id === meta.id ? meta.severity : ruleMeta(id)?.severity ?? meta.severity);
  const finding = {
    ruleId: id,
    severity,
    message: hit.message,
    file,
    line: hit.line,
    endLine: Math.max(hit.endLine ?? hit.line, hit.line),
    category: meta.category
  };
  if (hit.column !== void 0) finding.column = hit.column;
  return finding;
}
function runRules(rules, ctx, file, config, notices2) {
  const findings = [];
  let globalOptions;
  for (const rule of rules) {
    if (!ruleEnabled(rule.meta, config)) continue;
    const own = settingOf(rule.meta, config)?.options;
    const options = own ? ruleOptions(rule.meta, config) : globalOptions ??= { ...config.options };
    let hits;
    try {
      hits = rule.check(ctx, options);
    } catch (error) {
      notices2.push(`${file}: rule ${rule.meta.id} failed (${error.message}); its findings are missing`);
      continue;
    }
    const said = hits.length > 1 ? /* @__PURE__ */ new Set() : null;
    for (const hit of hits) {
      const finding = toFinding(rule.meta, hit, file, config);
      if (!finding) continue;
      if (said) {
        const key = `${finding.ruleId}\0${finding.line}\0${finding.endLine}\0${finding.column ?? ""}\0${finding.message}`;
        if (said.has(key)) continue;
        said.add(key);
      }
      findings.push(finding);
    }
  }
  return findings;
}

// src/core/lint-file.ts
function lintOne(discovered, file, config, notices2, checkers2, preread) {
  const checker = checkers2[discovered.type];
  if (!checker) return null;
  const base = { file, path: discovered.path, type: discovered.type, config };
  const source = preread ?? (discovered.error ? { error: discovered.error } : readSource(discovered.path, discovered.type));
  if (source.skip) return { ...base, findings: [], error: null, model: null, skipped: true };
  if (source.error !== void 0) {
    const finding = toFinding(parse_error_default.meta, { line: 1, message: source.error }, file, config);
    return { ...base, findings: finding ? [finding] : [], error: source.error, model: null };
  }
  try {
    return { ...base, ...checker(file, source.text, config, notices2, preread?.values) };
  } catch (error) {
    const message = `internal error while checking this file: ${error.message}`;
    notices2.push(`${file}: ${message}`);
    return { ...base, findings: [], error: message, model: null };
  }
}

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
    const prefix2 = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix2.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix2.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix2.mapping.push(tag);
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
    this.prefix = prefix2;
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
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
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
    const [handle, prefix2] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix2)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix2;
    state.directives.push({
      kind: "tag",
      handle,
      prefix: prefix2
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
function readValues(text) {
  try {
    return constructFromEvents(parseEvents(text, {}), { schema: SCHEMA, source: text });
  } catch {
    return null;
  }
}

// src/dockerfile/shellcheck-batch.ts
import { availableParallelism } from "node:os";

// src/config/pragmas.ts
var FORMS = [
  { pattern: /^(?:shipshape|hadolint)\s+global\s+ignore\s*=\s*(.*)$/i, global: true },
  // hadolint 2.15: from the next instruction to the end of its stage (the whole stage when placed above FROM).
  { pattern: /^(?:shipshape|hadolint)\s+stage\s+ignore\s*=\s*(.*)$/i, global: false, stage: true },
  { pattern: /^(?:shipshape|hadolint)\s+ignore\s*=\s*(.*)$/i, global: false },
  { pattern: /^trivy:ignore:(\S+)/i, global: false, trivy: true },
  { pattern: /^checkov:skip=([^:\s]+)/i, global: false }
];
var PRAGMA_START = /^(?:shipshape|hadolint|trivy|checkov)/i;
function trivyId(id) {
  const match = /^(?:AVD-)?DS-?0*(\d+)$/i.exec(id);
  return match ? `DS-${match[1].padStart(4, "0")}` : id;
}
function pragmaIds(list) {
  const match = /^\s*([A-Za-z0-9_.-]+(?:\s*,\s*[A-Za-z0-9_.-]+)*)/.exec(list);
  return match ? match[1].split(",").map((id) => canonicalId(id.trim())) : [];
}
function readPragmas(comments, instructions) {
  const pragmas = { global: /* @__PURE__ */ new Set(), ranges: [] };
  for (const comment of comments) {
    if (!PRAGMA_START.test(comment.text)) continue;
    for (const form of FORMS) {
      const match = form.pattern.exec(comment.text);
      if (!match) continue;
      const ids = form.trivy ? pragmaIds(trivyId(match[1])) : pragmaIds(match[1]);
      if (form.global) ids.forEach((id) => pragmas.global.add(id));
      else {
        const next2 = instructions.find((i) => i.line > comment.line);
        if (next2 && form.stage) {
          const nextFrom = instructions.find((i) => i.line > next2.line && i.keyword === "FROM");
          pragmas.ranges.push({ line: next2.line, endLine: nextFrom ? nextFrom.line - 1 : Number.MAX_SAFE_INTEGER, ids: new Set(ids) });
        } else if (next2) pragmas.ranges.push({ line: next2.line, endLine: next2.endLine, ids: new Set(ids) });
      }
      break;
    }
  }
  return pragmas;
}
function isSuppressed(pragmas, ruleId, line) {
  if (pragmas.global.has(ruleId)) return true;
  return pragmas.ranges.some((r) => r.ids.has(ruleId) && line >= r.line && line <= r.endLine);
}
function pragmaFilter(model, config) {
  if (config.options["disable-ignore-pragma"] === true) return () => true;
  const pragmas = readPragmas(model.comments, model.instructions);
  return (finding) => !isSuppressed(pragmas, finding.ruleId, finding.line);
}

// src/dockerfile/parse.ts
var import_dockerfile_ast = __toESM(require_main(), 1);
var KEYWORDS = /* @__PURE__ */ new Set([
  "FROM",
  "RUN",
  "CMD",
  "LABEL",
  "MAINTAINER",
  "EXPOSE",
  "ENV",
  "ADD",
  "COPY",
  "ENTRYPOINT",
  "VOLUME",
  "USER",
  "WORKDIR",
  "ARG",
  "ONBUILD",
  "STOPSIGNAL",
  "HEALTHCHECK",
  "SHELL"
]);
var MAX_LINE_LENGTH = 65536;
var FLAG_KEYWORDS = /* @__PURE__ */ new Set(["FROM", "RUN", "COPY", "ADD", "HEALTHCHECK"]);
var COMMAND_KEYWORDS = /* @__PURE__ */ new Set(["RUN", "CMD", "ENTRYPOINT", "SHELL", "HEALTHCHECK"]);
var SCRIPT_KEYWORDS = /* @__PURE__ */ new Set(["RUN", "CMD", "ENTRYPOINT"]);
var SHELLS = /^(?:\/\S*\/)?(?:sh|bash|ash|dash|zsh)$/;
function parseDockerfile(file, source) {
  const text = source.charCodeAt(0) === 65279 ? source.slice(1) : source;
  const problems = [];
  const longLine = longLineIndex(text);
  if (longLine >= 0) {
    problems.push({ line: longLine + 1, message: `line longer than ${MAX_LINE_LENGTH} characters`, fatal: true });
    return { model: emptyModel(file, text), problems };
  }
  const ast = import_dockerfile_ast.DockerfileParser.parse(text);
  const escapeChar = ast.getEscapeCharacter();
  const lines = text.split(/\r?\n/);
  const globalArgs = /* @__PURE__ */ new Map();
  const instructions = [];
  const stages = [];
  for (const node of ast.getInstructions()) {
    const instruction = buildInstruction(node, lines, escapeChar, stages.length - 1, problems);
    instructions.push(instruction);
    const { keyword } = instruction;
    if (!KEYWORDS.has(keyword)) {
      problems.push({ line: instruction.line, message: `unknown instruction '${node.getInstruction()}'`, fatal: true });
      continue;
    }
    if (keyword === "FROM") {
      stages.push(buildStage(instruction, stages, globalArgs, problems));
    } else if (stages.length === 0) {
      if (keyword === "ARG") {
        applyGlobalArg(globalArgs, instruction, escapeChar);
      } else {
        problems.push({ line: instruction.line, message: `${keyword} before the first FROM`, fatal: true, ruleId: "instruction-before-from" });
      }
    } else {
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  if (stages.length === 0 && instructions.some((i) => i.keyword !== "ARG") === false && instructions.length > 0) {
    problems.push({ line: instructions[0].line, message: "no FROM instruction", fatal: true });
  }
  const comments = commentLines(lines, instructions);
  const finalStage = stages.length ? stages[stages.length - 1] : null;
  const model = { file, lines, escapeChar, instructions, stages, finalStage, globalArgs, comments };
  return { model, problems };
}
function buildInstruction(node, lines, escapeChar, stage, problems) {
  const range = node.getRange();
  const keyword = node.getKeyword().toUpperCase();
  const first = range.start.line;
  const afterKeyword = (lines[first] ?? "").slice(range.start.character + node.getInstruction().length);
  const rawLines = range.end.line > first ? [afterKeyword, ...lines.slice(first + 1, range.end.line + 1)] : [afterKeyword];
  const heredocs = rawLines.some((l) => l.includes("<<")) ? readHeredocs(node, problems) : [];
  const joined = joinLines(heredocs.length ? [afterKeyword] : rawLines, first + 1, escapeChar, SCRIPT_KEYWORDS.has(keyword) || keyword === "ONBUILD");
  const position = { line: range.start.line + 1, endLine: range.end.line + 1, column: range.start.character + 1 };
  const instruction = readInstruction(keyword, joined, heredocs, position, stage, node, problems);
  const trigger = keyword === "ONBUILD" ? /^\s*([A-Za-z]+)(?=\s)/.exec(joined.text) : null;
  if (trigger) {
    const after = { text: joined.text.slice(trigger[0].length), lineAt: joined.lineAt.slice(trigger[0].length) };
    instruction.trigger = readInstruction(trigger[1].toUpperCase(), after, heredocs, position, stage, node, problems);
  }
  return instruction;
}
function readInstruction(keyword, joined, heredocs, position, stage, node, problems) {
  const { flags, rest } = leadingFlags(joined, FLAG_KEYWORDS.has(keyword));
  const args = rest.text.trim();
  const instruction = { keyword, ...position, args, words: wordsOf(args), flags, stage, commands: [], heredocs, node };
  const exec = jsonArray(args);
  if (exec && (keyword === "COPY" || keyword === "ADD" || keyword === "VOLUME")) instruction.words = exec;
  if (!COMMAND_KEYWORDS.has(keyword)) return instruction;
  if (exec) {
    instruction.form = "exec";
    instruction.exec = exec;
    return instruction;
  }
  instruction.form = "shell";
  if (keyword === "SHELL" || keyword === "HEALTHCHECK") return instruction;
  const script = scriptOf(rest, heredocs);
  instruction.script = script;
  const quoteLine = unterminatedQuoteLine(script);
  if (quoteLine !== null) problems.push({ line: quoteLine, message: `unterminated quote in ${keyword}`, fatal: false });
  instruction.commands = splitCommands(script);
  return instruction;
}
function scriptOf(head, heredocs) {
  if (!heredocs.length) return head;
  const opener = head.text.replace(/<<-?\s*(["']?)[A-Za-z0-9_.-]+\1/g, "").trim();
  const program = opener.split(/\s+/)[0] ?? "";
  if (opener === "" || SHELLS.test(program)) return plainScript(heredocs[0].body, heredocs[0].line);
  return head;
}
function readHeredocs(node, problems) {
  const getter = node.getHeredocs;
  if (typeof getter !== "function") return [];
  const doc = node;
  return getter.call(node).map((h) => {
    const content = h.getContentRange();
    const terminated = h.getDelimiterRange() !== null;
    const startLine = h.getStartRange().start.line + 1;
    if (!terminated) problems.push({ line: startLine, message: `unterminated heredoc '${h.getName()}'`, fatal: true });
    return {
      name: h.getName(),
      body: content ? doc.document.getText(content).replace(/\r\n/g, "\n") : "",
      line: content ? content.start.line + 1 : startLine + 1,
      terminated
    };
  });
}
function jsonArray(args) {
  if (!args.startsWith("[")) return null;
  try {
    const value = JSON.parse(args);
    return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : null;
  } catch {
    return null;
  }
}
function buildStage(from, stages, globalArgs, problems) {
  const [image = "", as, alias] = from.words;
  if (!image) problems.push({ line: from.line, message: "FROM without an image", fatal: true });
  const name = as && as.toUpperCase() === "AS" && alias ? alias.toLowerCase() : null;
  const ref = parseImageRef(image, globalArgs);
  const base = stages.find((s) => s.name !== null && s.name === ref.resolved.toLowerCase());
  const platform = from.flags.find((f) => f.name === "platform")?.value ?? null;
  from.stage = stages.length;
  return { index: stages.length, name, from: ref, fromInstruction: from, baseStage: base ? base.index : null, instructions: [], platform };
}
function commentLines(lines, instructions) {
  const inside2 = /* @__PURE__ */ new Set();
  for (const i of instructions) for (let l = i.line; l <= i.endLine; l++) inside2.add(l);
  const comments = [];
  lines.forEach((text, index) => {
    const match = text.includes("#") ? /^\s*#(.*)$/.exec(text) : null;
    if (match && !inside2.has(index + 1)) comments.push({ line: index + 1, text: match[1].trim() });
  });
  return comments;
}
function longLineIndex(text) {
  if (text.length <= MAX_LINE_LENGTH) return -1;
  let start = 0;
  for (let index = 0; ; index++) {
    const end = text.indexOf("\n", start);
    if ((end < 0 ? text.length : end) - start > MAX_LINE_LENGTH) return index;
    if (end < 0) return -1;
    start = end + 1;
  }
}
function emptyModel(file, text) {
  return {
    file,
    lines: text.split(/\r?\n/),
    escapeChar: "\\",
    instructions: [],
    stages: [],
    finalStage: null,
    globalArgs: /* @__PURE__ */ new Map(),
    comments: []
  };
}

// src/core/arrays.ts
function append(target, items) {
  for (const item of items) target.push(item);
  return target;
}

// src/dockerfile/lint.ts
function lintDockerfile(file, text, config, notices2) {
  const { model, problems } = parseDockerfile(file, text);
  const fatal = problems.find((p) => p.fatal);
  if (fatal) {
    const meta = commonRules.find((r) => r.meta.id === fatal.ruleId)?.meta ?? parse_error_default.meta;
    const finding = toFinding(meta, { line: fatal.line, message: fatal.message }, file, config);
    return { findings: finding ? [finding] : [], error: `line ${fatal.line}: ${fatal.message}`, model: null };
  }
  const findings = [];
  for (const problem3 of problems) {
    const finding = toFinding(parse_error_default.meta, { line: problem3.line, message: problem3.message }, file, config);
    if (finding) findings.push(finding);
  }
  append(findings, runRules(dockerfileRules, model, file, config, notices2));
  const columns = new Map(model.instructions.map((i) => [i.line, i.column]));
  for (const f of findings) if (f.column === void 0 && columns.has(f.line)) f.column = columns.get(f.line);
  if (ruleEnabled(shellcheck_default.meta, config) && !findShellcheck() && !notices2.includes(SHELLCHECK_MISSING_NOTICE)) notices2.push(SHELLCHECK_MISSING_NOTICE);
  return { findings: findings.filter(pragmaFilter(model, config)), error: null, model };
}

// src/dockerfile/shellcheck-process.ts
import { spawn } from "node:child_process";
import { closeSync as closeSync2, openSync as openSync2, readFileSync as readFileSync3 } from "node:fs";
import { join as join3 } from "node:path";

// src/dockerfile/shellcheck-cleanup.ts
import { mkdtempSync as mkdtempSync2, readdirSync, readFileSync as readFileSync2, rmSync as rmSync2, statSync as statSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";
import { isMainThread as isMainThread2 } from "node:worker_threads";

// src/core/exit-cleanup.ts
import { constants as constants2 } from "node:os";
import { isMainThread } from "node:worker_threads";
var SIGNALS = ["SIGINT", "SIGTERM"];
var held = /* @__PURE__ */ new Set();
var hooked = false;
var unhookPending = false;
function holdOnExit(cleanup2) {
  const entry = { cleanup: cleanup2 };
  held.add(entry);
  hook();
  return () => {
    if (held.delete(entry)) unhookWhenIdle();
  };
}
function hook() {
  if (hooked) return;
  hooked = true;
  process.on("exit", cleanUp);
  if (isMainThread) for (const signal of SIGNALS) process.on(signal, exitOnSignal);
}
function unhookWhenIdle() {
  if (!hooked || unhookPending || held.size) return;
  unhookPending = true;
  setImmediate(() => {
    unhookPending = false;
    if (!hooked || held.size) return;
    hooked = false;
    process.off("exit", cleanUp);
    for (const signal of SIGNALS) process.off(signal, exitOnSignal);
  }).unref();
}
function exitOnSignal(signal) {
  if (process.listenerCount(signal) > 1) return;
  process.exit(128 + constants2.signals[signal]);
}
function cleanUp() {
  const entries = [...held].reverse();
  held.clear();
  for (const { cleanup: cleanup2 } of entries) {
    try {
      cleanup2();
    } catch {
    }
  }
}

// src/dockerfile/shellcheck-cleanup.ts
var PID_FILE = "shellcheck.pid";
var EXITING = 0;
var STARTING = 1;
var STARTING_WAIT_MS = 2e3;
var held2 = /* @__PURE__ */ new Map();
var shared = null;
var workers = 0;
var releaseHold = null;
var prefix = () => `shipshape-sc-${process.pid}-`;
function startInTempDir(start) {
  if (shared) Atomics.add(shared, STARTING, 1);
  try {
    if (shared && Atomics.load(shared, EXITING)) throw new Error("the process is exiting");
    const dir = mkdtempSync2(join2(tmpdir2(), prefix()));
    held2.set(dir, null);
    hook2();
    try {
      const child = start(dir);
      held2.set(dir, child);
      if (!isMainThread2 && child.pid !== void 0) writeFileSync2(join2(dir, PID_FILE), String(child.pid));
      return { dir, child };
    } catch (error) {
      held2.get(dir)?.kill("SIGKILL");
      releaseTempDir(dir);
      throw error;
    }
  } finally {
    if (shared) {
      Atomics.sub(shared, STARTING, 1);
      Atomics.notify(shared, STARTING);
    }
  }
}
function releaseTempDir(dir) {
  held2.delete(dir);
  remove(dir);
  unhookWhenIdle2();
}
function joinMainThread(memory) {
  shared = new Int32Array(memory);
}
function hook2() {
  releaseHold ??= holdOnExit(cleanUp2);
}
function unhookWhenIdle2() {
  if (!releaseHold || held2.size || workers) return;
  releaseHold();
  releaseHold = null;
}
function cleanUp2() {
  releaseHold = null;
  for (const [dir, child] of held2) {
    child?.kill("SIGKILL");
    remove(dir);
  }
  held2.clear();
  if (isMainThread2 && workers > 0) cleanUpAfterWorkers();
}
function cleanUpAfterWorkers() {
  if (shared) {
    Atomics.store(shared, EXITING, 1);
    const deadline = Date.now() + STARTING_WAIT_MS;
    for (let n = Atomics.load(shared, STARTING); n > 0 && Date.now() < deadline; n = Atomics.load(shared, STARTING)) {
      Atomics.wait(shared, STARTING, n, 50);
    }
  }
  let names;
  try {
    names = readdirSync(tmpdir2());
  } catch {
    return;
  }
  const started = Date.now() - process.uptime() * 1e3;
  for (const name of names) {
    if (!name.startsWith(prefix())) continue;
    const dir = join2(tmpdir2(), name);
    try {
      if (statSync2(dir).ctimeMs < started - 1e3) continue;
      const pid = Number(readFileSync2(join2(dir, PID_FILE), "utf8"));
      if (Number.isInteger(pid) && pid > 0) process.kill(pid, "SIGKILL");
    } catch {
    }
    remove(dir);
  }
}
function remove(dir) {
  try {
    rmSync2(dir, { recursive: true, force: true, maxRetries: 2 });
  } catch {
  }
}

// src/dockerfile/shellcheck-process.ts
var OUTPUT = "shellcheck.out";
var ERRORS = "shellcheck.err";
function startShellcheck(binary, jobs2, timeoutMs) {
  let dir;
  let child;
  try {
    ({ dir, child } = startInTempDir((into) => spawnInto(into, binary, jobs2)));
  } catch (error) {
    return Promise.reject(new Error(`shellcheck could not run: ${error.message}`));
  }
  return new Promise((resolve2, reject) => {
    let settled = false;
    let killedForTime = false;
    const finish = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        resolve2(outcome());
      } catch (error) {
        reject(error);
      } finally {
        releaseTempDir(dir);
      }
    };
    const timer = setTimeout(() => {
      killedForTime = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => finish(() => {
      throw new Error(`shellcheck could not run: ${error.message}`);
    }));
    child.on("close", (status, signal) => finish(() => {
      if (signal && killedForTime) throw new Error(timedOut(timeoutMs));
      if (signal) throw new Error(`shellcheck was stopped by ${signal}`);
      return readShellcheckOutput(jobs2, status, readFileSync3(join3(dir, OUTPUT), "utf8"), readFileSync3(join3(dir, ERRORS), "utf8"));
    }));
  });
}
function spawnInto(dir, binary, jobs2) {
  writeJobs(dir, jobs2);
  const output = openSync2(join3(dir, OUTPUT), "w");
  try {
    const errors = openSync2(join3(dir, ERRORS), "w");
    try {
      return spawn(binary, shellcheckArgs(jobs2), { cwd: dir, stdio: ["ignore", output, errors], windowsHide: true });
    } finally {
      closeSync2(errors);
    }
  } finally {
    closeSync2(output);
  }
}

// src/dockerfile/shellcheck-batch.ts
var MAX_SCRIPTS = 400;
var COST_PER_SCRIPT = 100;
var EARLY_COST = 4e4;
var CHUNKS_PER_SLOT = 3;
var MIN_CHUNK_COST = 8e3;
function lintDockerfileDeferred(file, text, config, notices2) {
  return lintDockerfile(file, text, { ...config, options: { ...config.options, [DEFERRED]: true } }, notices2);
}
var ShellcheckBatch = class {
  /**
   * `binary` null: nothing is checked (lintDockerfile reports the missing binary). `notices` receives skipped
   * scripts and failed processes when findings() completes.
   */
  constructor(binary, notices2, parallelism = availableParallelism()) {
    this.binary = binary;
    this.notices = notices2;
    this.parallelism = parallelism;
  }
  binary;
  notices;
  parallelism;
  entries = [];
  added = /* @__PURE__ */ new WeakSet();
  queue = [];
  queuedCost = 0;
  /** In the order they started. */
  started = [];
  /** Balanced chunks waiting for a free process slot. */
  planned = [];
  flushScheduled = false;
  running = 0;
  whenIdle = null;
  result = null;
  /** Queues the RUN scripts of a Dockerfile; a process may start right away. */
  add(file, config, model) {
    if (!this.binary || this.result || !ruleEnabled(shellcheck_default.meta, config)) return;
    const skipped = [];
    const jobs2 = scriptJobs(model, `f${this.entries.length}-`, skipped);
    const cost = jobs2.reduce((sum, job) => sum + job.text.length + COST_PER_SCRIPT, 0);
    const pragmas = pragmaFilter(model, config);
    const entry = { file, config, pragmas, jobs: jobs2, skipped, cost };
    this.entries.push(entry);
    if (!jobs2.length) return;
    this.queue.push(entry);
    this.queuedCost += cost;
    this.startWhatIsDue();
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        this.flush();
      });
    }
  }
  /**
   * A file as the engine or a worker linted it: added when ShellCheck is due on it (a reported Dockerfile with a
   * model, not already checked by a worker), once however often it is passed.
   */
  addLinted(file) {
    if (this.added.has(file)) return;
    this.added.add(file);
    if (file.type !== "dockerfile" || file.shellchecked || file.contextOnly || !file.model) return;
    this.add(file.file, file.config, file.model);
  }
  /** Runs what is still queued and resolves with every finding once all processes have ended. Nothing may be added after. */
  findings() {
    this.result ??= this.finish();
    return this.result;
  }
  async finish() {
    this.flush();
    if (this.running > 0) await new Promise((resolve2) => this.whenIdle = resolve2);
    for (const entry of this.entries) {
      for (const s of entry.skipped) this.notices.push(`${entry.file}:${s.line}: ShellCheck skipped this RUN (${s.reason})`);
    }
    for (const chunk of this.started) {
      if (chunk.failure) this.notices.push(`${chunk.failure}: ShellCheck findings are missing for ${chunk.entries.map((e) => e.file).join(", ")}`);
    }
    const findings = [];
    for (const entry of this.entries) {
      if (!entry.results) continue;
      const { pragmas } = entry;
      for (const job of entry.jobs) {
        for (const hit of toHits(job, entry.results.get(job.name) ?? [])) {
          const finding = toFinding(shellcheck_default.meta, hit, entry.file, entry.config);
          if (finding && pragmas(finding)) findings.push(finding);
        }
      }
    }
    return findings;
  }
  /** Everything queued into balanced chunks, started as slots free up. */
  flush() {
    append(this.planned, balancedChunks(this.queue, this.parallelism));
    this.queue = [];
    this.queuedCost = 0;
    this.startWhatIsDue();
  }
  /** Starts chunks while a process slot is free: balanced ones first, else an early one once enough is queued. */
  startWhatIsDue() {
    while (this.running < this.parallelism) {
      const chunk = this.planned.shift() ?? this.earlyChunk();
      if (!chunk) break;
      this.start(chunk);
    }
    if (this.result && !this.planned.length && this.running === 0) this.whenIdle?.();
  }
  /** The oldest queued files, once they weigh enough for a process. */
  earlyChunk() {
    if (this.queuedCost < EARLY_COST) return void 0;
    const entries = [];
    let cost = 0;
    let scripts = 0;
    while (this.queue.length && cost < EARLY_COST && (scripts === 0 || scripts + this.queue[0].jobs.length <= MAX_SCRIPTS)) {
      const entry = this.queue.shift();
      entries.push(entry);
      cost += entry.cost;
      scripts += entry.jobs.length;
    }
    this.queuedCost -= cost;
    return { entries };
  }
  start(chunk) {
    this.started.push(chunk);
    this.running++;
    const jobs2 = chunk.entries.flatMap((e) => e.jobs);
    const configured = Number(chunk.entries[0].config.options["shellcheck-timeout"]);
    const timeout = Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_TIMEOUT_MS + 1e3 * jobs2.length;
    startShellcheck(this.binary, jobs2, timeout).then((results2) => {
      for (const entry of chunk.entries) entry.results = results2;
    }, (error) => {
      chunk.failure = error.message;
    }).finally(() => {
      this.running--;
      this.startWhatIsDue();
    });
  }
};
function balancedChunks(entries, parallelism) {
  const total = entries.reduce((sum, e) => sum + e.cost, 0);
  const target = Math.max(MIN_CHUNK_COST, total / (Math.max(1, parallelism) * CHUNKS_PER_SLOT));
  const bySize = entries.map((entry, order) => ({ entry, order })).sort((a, b) => b.entry.cost - a.entry.cost || a.order - b.order);
  const chunks = [];
  let current = [];
  let cost = 0;
  let scripts = 0;
  for (const item of bySize) {
    if (current.length && (cost >= target || scripts + item.entry.jobs.length > MAX_SCRIPTS)) {
      chunks.push(current);
      current = [];
      cost = scripts = 0;
    }
    current.push(item);
    cost += item.entry.cost;
    scripts += item.entry.jobs.length;
  }
  if (current.length) chunks.push(current);
  return chunks.map((items) => ({ entries: items.sort((a, b) => a.order - b.order).map((i) => i.entry) }));
}

// src/core/lint-worker.ts
var { jobs, counter, cleanup, results } = await new Promise((resolve2) => parentPort.once("message", resolve2));
joinMainThread(cleanup);
var next = new Int32Array(counter);
var notices = [];
var checkers = { dockerfile: lintDockerfileDeferred };
var shellcheck = new ShellcheckBatch(findShellcheck(), notices);
var post = (message) => results.postMessage(message);
function lint({ discovered, file, config }) {
  const linted = lintOne(discovered, file, config, notices, checkers);
  if (linted) shellcheck.addLinted(linted);
  return linted && { findings: linted.findings, error: linted.error };
}
function read({ discovered }) {
  const source = readSource(discovered.path, discovered.type);
  const values = source.text === void 0 ? null : readValues(source.text);
  return values && { read: { text: source.text, values } };
}
var failOnPurpose = process.env.SHIPSHAPE_POOL_DEBUG === "fail";
var taken = 0;
for (let index = Atomics.add(next, 0, 1); index < jobs.length; index = Atomics.add(next, 0, 1)) {
  if (++taken === 2 && failOnPurpose) throw new Error("failing on purpose (SHIPSHAPE_POOL_DEBUG=fail)");
  const job = jobs[index];
  const result = job.discovered.type === "kubernetes" ? read(job) : lint(job);
  const said = notices.splice(0);
  try {
    post({ kind: "file", index, result, notices: said });
  } catch {
    post({ kind: "file", index, result: null, notices: said });
  }
}
post({ kind: "done", notices, shellcheck: await shellcheck.findings() });
