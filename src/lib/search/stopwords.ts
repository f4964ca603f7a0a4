/**
 * Words patients type around what they mean ("can I", "when", "my"), per language. Pagefind has
 * no stop words: left in, "can I wear makeup" ranks every question starting "Can I…" above the
 * one about make-up, and a lone "i" matches every word starting with i. Only question and
 * function words are here; words that carry meaning ("normal", "long", "before") stay.
 * Compared as search compares words (spelling.ts): without case, and without accents where
 * Pagefind folds them.
 */
import type { Locale } from '../../i18n/locales';
import { foldWord } from './spelling';

const lists: Record<Locale, string> = {
  en: `a about after again am an and any anything are as at be been but by can cant could did do does doing done
    dont for from get getting go going got had has have how i id if ill im in into is isnt it its ive just me
    my myself need of ok okay on or our should so still that the their them then there these they this those
    to too up us was we were what whats when where which who why will with would you your youre`,
  es: `a al algo cada como con cual cuales cuando de del despues donde el ella ellas ellos en es esta estan
    estar este esto estoy ha hay hacer hago la las le les lo los me mi mis mucho muy no nos o para pero poder
    por porque puede pueden puedo que se ser si sin sobre son su sus te tener tengo ti tu tus un una unas uno
    unos usted volver y ya yo`,
  fr: `a ai alors apres au aux avec c ca ce ces cela comment d dans de des dois doit du elle en est et etre
    est-ce faire faut il ils j je l la le les leur lui m ma mais me mes moi mon n ne on ou par pas peut peux pour
    peut-on pourquoi puis puis-je qu quand que quel quelle quelles quels qui s sa se ses si son sur t ta te tes toi ton
    tu un une vos votre vous y`,
  ar: `أ ا ان أن إن الى إلى او أو بعد به بها تم ثم حتى ذلك على عن عند عندي في فيه قد كان كيف لا لي لماذا
    لكن ما ماذا متى مع من هذا هذه هل هو هي و يا يجب يمكن يمكنني استطيع أستطيع انا أنا`,
  hi: `अब और क्या कब कर करना करने करूं करें कि किस कितना कितने कितनी की कुछ के कैसे को क्यों गया जब तक तो था
    थी थे ना नहीं पर फिर बाद भी मुझे में मेरा मेरी मेरे मैं यह या ये रहा रही रहे लिए वह वाला सकता सकती सकते
    से हम है हैं हो होता होती होना हूँ हूं`,
  'zh-cn': `了 什么 什么时候 么 之后 也 以后 会 但 你 做 后 吗 吧 呀 呢 和 啊 在 如何 就 开始 怎么 怎么办 怎样
    我 我们 是 是不是 时候 有 的 能 能不能 要 还 还能 还是 这 那 可以 可不可以`,
};

const cache = new Map<Locale, ReadonlySet<string>>();

export { foldWord } from './spelling';

export function stopWords(locale: Locale): ReadonlySet<string> {
  let set = cache.get(locale);
  if (!set) {
    set = new Set(
      lists[locale]
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => foldWord(word, locale)),
    );
    cache.set(locale, set);
  }
  return set;
}
