/*
 * Chinese for the few English words form-js (the Camunda Forms renderer inside Tasklist) writes itself: the
 * placeholder of a select, the search box and the validation messages ("Field is required."). form-js 1.x has no
 * translation hook for them, so this script rewrites them where they appear, inside form containers only.
 * A browser whose first language is English keeps them as they are, like the rest of the app (docs/webapps.md).
 */
import { englishBrowser } from './platform.js';

const MESSAGES = [
  [/^Field is required\.$/, () => '此项必填。'],
  [/^Field must have minimum value of (.+)\.$/, (min) => `不能小于 ${min}。`],
  [/^Field must have maximum value of (.+)\.$/, (max) => `不能大于 ${max}。`],
  [/^Field must have minimum length of (.+)\.$/, (length) => `至少 ${length} 个字。`],
  [/^Field must have maximum length of (.+)\.$/, (length) => `不能超过 ${length} 个字。`],
  [/^Field must match pattern (.+)\.$/, (pattern) => `格式不符合要求（${pattern}）。`],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请填写有效的国际电话号码（如 +8631187654321）。'],
  [/^Value is not a number\.$/, () => '请填写数字。'],
  [/^Value is expected to be an integer\.$/, () => '请填写整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (digits) => `最多 ${digits} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (lower, upper) => `请填写有效的值，最接近的是 ${lower} 和 ${upper}。`],
  [/^Select$/, () => '请选择'],
  [/^Search$/, () => '搜索'],
  [/^Increment$/, () => '增加'],
  [/^Decrement$/, () => '减少']
];

const ATTRIBUTES = ['placeholder', 'aria-label'];

/** The Chinese for an English text of form-js, or null when it is not one of them. */
export function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, chinese] of MESSAGES) {
    const match = pattern.exec(trimmed);
    if (match) {
      return chinese(...match.slice(1));
    }
  }
  return null;
}

function translateText(node) {
  const chinese = translate(node.data);
  if (chinese !== null) {
    node.data = chinese;
  }
}

function translateElement(element) {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    const chinese = value === null ? null : translate(value);
    if (chinese !== null) {
      element.setAttribute(name, chinese);
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateElement(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      translateText(node);
    } else {
      translateElement(node);
    }
  }
}

function insideForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element !== null && element.closest('.fjs-container') !== null;
}

/** Translates a node added to the page: inside a form, or a part of the page that holds forms. */
function translateForms(node) {
  if (insideForm(node)) {
    translateTree(node);
  } else if (node.nodeType === Node.ELEMENT_NODE) {
    node.querySelectorAll('.fjs-container').forEach(translateTree);
  }
}

if (!englishBrowser()) {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(translateForms);
      } else if (!insideForm(mutation.target)) {
        continue;
      } else if (mutation.type === 'characterData') {
        translateText(mutation.target);
      } else {
        translateElement(mutation.target);
      }
    }
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES
  });
}

// A custom script of the web apps is loaded as a plugin module; this one adds no plugin.
export default [];
