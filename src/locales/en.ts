// English: the kit's own messages, as a pack, for a list that names every language
// (`messages={[en, de]}` picks English for an English customer rather than the first fitting pack).
import { defaultMessages, type MessagePack } from "../messages.js";

const en: MessagePack = { ...defaultMessages, locale: "en" };
export default en;
